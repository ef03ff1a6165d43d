import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs Foundation's SAX `XMLParser` over a workbook part.
enum XMLSupport {
    /// Parses `data`, feeding `delegate`; false when the XML is malformed.
    static func parse(_ data: Data, with delegate: some XMLParserDelegate) -> Bool {
        let parser = XMLParser(data: data)
        // Workbook parts never need external entities; resolving them would let an upload read local files.
        parser.shouldResolveExternalEntities = false
        parser.delegate = delegate
        return parser.parse()
    }

    /// The element or attribute name without its namespace prefix (`x:sheet` → `sheet`, `r:id` → `id`).
    ///
    /// Prefixes are chosen by the writing program (`x:` from the Open XML SDK, none from Excel), so
    /// parts are matched on local names.
    static func localName(_ name: String) -> Substring {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")) else { return Substring(name) }
        return name[name.index(after: colon)...]
    }

    /// `attributes` keyed by local name.
    static func localAttributes(_ attributes: [String: String]) -> [Substring: String] {
        var result: [Substring: String] = [:]
        for (key, value) in attributes {
            result[localName(key)] = value
        }
        return result
    }
}
