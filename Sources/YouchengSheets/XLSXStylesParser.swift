import Foundation

/// SAX delegate reading `xl/styles.xml` far enough to tell how each cell style shows numbers.
final class XLSXStylesParser: XMLPartReader {
    /// Excel allows 64,000 cell styles; styles past this many are read as General, so a hostile part costs little.
    static let maximumStyles = 65_536

    /// Custom number formats by id (`<numFmts><numFmt numFmtId formatCode>`).
    private var customFormats: [Int: String] = [:]
    /// The number format id of each cell style (`<cellXfs><xf numFmtId>`), indexed by a cell's `s`.
    private var cellFormatIDs: [Int] = []
    private var isInCellXfs = false

    /// For each cell style index, how numbers in that style are shown.
    var numberStyles: [ExcelNumberStyle] {
        var cache: [Int: ExcelNumberStyle] = [:]
        return cellFormatIDs.map { id in
            if let known = cache[id] {
                return known
            }
            let style = customFormats[id].map(ExcelNumberFormat.style(code:)) ?? ExcelNumberFormat.builtInStyle(id)
            cache[id] = style
            return style
        }
    }

    override func start(_ name: Substring, attributes attributeDict: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributeDict["numFmtId"].flatMap(Int.init), let code = attributeDict["formatCode"],
                customFormats.count < Self.maximumStyles
            {
                customFormats[id] = code
            }
        case "cellXfs": isInCellXfs = true
        case "xf" where isInCellXfs && cellFormatIDs.count < Self.maximumStyles:
            cellFormatIDs.append(attributeDict["numFmtId"].flatMap(Int.init) ?? 0)
        default: break
        }
    }

    override func end(_ name: Substring) {
        if name == "cellXfs" {
            isInCellXfs = false
        }
    }
}
