import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// SAX delegate reading `xl/styles.xml` far enough to tell which cell styles show dates.
final class XLSXStylesParser: NSObject, XMLParserDelegate {
    /// Custom number formats by id (`<numFmts><numFmt numFmtId formatCode>`).
    private var customFormats: [Int: String] = [:]
    /// The number format id of each cell style (`<cellXfs><xf numFmtId>`), indexed by a cell's `s`.
    private var cellFormatIDs: [Int] = []
    private var isInCellXfs = false

    /// For each cell style index, whether numbers in that style are dates.
    var dateStyles: [Bool] {
        var cache: [Int: Bool] = [:]
        return cellFormatIDs.map { id in
            if let known = cache[id] {
                return known
            }
            let isDate = customFormats[id].map(ExcelNumberFormat.isDateFormatCode) ?? ExcelNumberFormat.isBuiltInDate(id)
            cache[id] = isDate
            return isDate
        }
    }

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        switch XMLSupport.localName(elementName) {
        case "numFmt":
            if let id = attributeDict["numFmtId"].flatMap(Int.init), let code = attributeDict["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs": isInCellXfs = true
        case "xf" where isInCellXfs: cellFormatIDs.append(attributeDict["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    func parser(
        _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName qName: String?
    ) {
        if XMLSupport.localName(elementName) == "cellXfs" {
            isInCellXfs = false
        }
    }
}
