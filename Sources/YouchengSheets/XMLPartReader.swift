import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Base of the SAX readers of workbook parts: subclasses override `start`, `end` and `characters`,
/// which receive names without namespace prefixes.
///
/// Foundation runs libxml2 in recovery mode, so `XMLParser.parse()` can return true for a part that
/// is cut short; the only sign is a call to `parseErrorOccurred`, which this class records.
/// (On Linux `XMLParserDelegate` is not an Objective-C protocol, so a subclass's own delegate
/// methods would never be called: hence the overridable hooks.)
class XMLPartReader: NSObject, XMLParserDelegate {
    /// Whether the parser reported any error, recovered from or not.
    private(set) var sawError = false

    /// An element starts; `attributes` are keyed as written (`r:id` keeps its prefix).
    func start(_ name: Substring, attributes: [String: String]) {}

    /// An element ends.
    func end(_ name: Substring) {}

    /// Text content, possibly in several pieces for one text node.
    func characters(_ text: String) {}

    final func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        start(XMLSupport.localName(elementName), attributes: attributeDict)
    }

    final func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        end(XMLSupport.localName(elementName))
    }

    final func parser(_ parser: XMLParser, foundCharacters string: String) {
        characters(string)
    }

    final func parser(_ parser: XMLParser, foundCDATA block: Data) {
        characters(String(decoding: block, as: UTF8.self))
    }

    final func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        sawError = true
    }
}
