import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Runs Foundation's SAX `XMLParser` over a workbook part.
enum XMLSupport {
    /// Parses `stream`, feeding `reader`; false when the XML is malformed, even where libxml2 recovered, or when
    /// `reader` stopped (see its `failure`).
    ///
    /// Always a stream, never `XMLParser(data:)`: on Linux the latter hands libxml2 the whole document at once and
    /// fails with error 1 on parts over about 10 MB (swift-corelibs-foundation issue #4851).
    static func parse(stream: InputStream, with reader: XMLPartReader) -> Bool {
        let parser = XMLParser(stream: stream)
        // Workbook parts never need external entities; resolving them would let an upload read local files.
        parser.shouldResolveExternalEntities = false
        parser.delegate = reader
        reader.parser = parser
        return parser.parse() && !reader.sawError && reader.failure == nil
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
