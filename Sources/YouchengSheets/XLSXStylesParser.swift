import Foundation

/// SAX delegate reading `xl/styles.xml` far enough to tell which cell styles show dates.
final class XLSXStylesParser: XMLPartReader {
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
            let isDate =
                customFormats[id].map(ExcelNumberFormat.isDateFormatCode) ?? ExcelNumberFormat.isBuiltInDate(id)
            cache[id] = isDate
            return isDate
        }
    }

    override func start(_ name: Substring, attributes attributeDict: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributeDict["numFmtId"].flatMap(Int.init), let code = attributeDict["formatCode"] {
                customFormats[id] = code
            }
        case "cellXfs": isInCellXfs = true
        case "xf" where isInCellXfs: cellFormatIDs.append(attributeDict["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ name: Substring) {
        if name == "cellXfs" {
            isInCellXfs = false
        }
    }
}
