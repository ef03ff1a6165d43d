import Foundation

/// One `<Relationship>` of a `.rels` part.
struct XLSXRelationship: Equatable {
    /// The id other parts refer to, such as `rId1`.
    var id: String
    /// The relationship type URI; its last path component names the kind (`/worksheet`, `/sharedStrings`).
    var type: String
    /// Where it points: as written while parsing, a package path once resolved by `XLSXPackage`.
    var target: String
}

/// SAX delegate collecting the internal relationships of a `.rels` part.
final class XLSXRelationshipsParser: XMLPartReader {
    private(set) var relationships: [XLSXRelationship] = []

    override func start(_ name: Substring, attributes attributeDict: [String: String]) {
        guard name == "Relationship" else { return }
        let attributes = XMLSupport.localAttributes(attributeDict)
        guard attributes["TargetMode"] != "External", let id = attributes["Id"], let target = attributes["Target"]
        else { return }
        relationships.append(XLSXRelationship(id: id, type: attributes["Type"] ?? "", target: target))
    }
}
