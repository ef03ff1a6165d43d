/// A worksheet cell as stored: its type and style attributes and the text of `<v>` or `<is>`.
struct XLSXRawCell {
    /// The `t` attribute: `s` shared string, `inlineStr`, `str` formula text, `b`, `e`, `d`, or nil/`n` for numbers.
    var type: String?
    /// The `s` attribute, an index into the workbook's cell styles.
    var style = 0
    /// The text of `<v>`.
    var value = ""
    /// The text of `<is>` (inline strings), runs joined.
    var inlineText = ""
}

/// Turns stored cells into displayed text, using the workbook-wide tables.
struct XLSXCellRenderer {
    /// `xl/sharedStrings.xml`, already unescaped.
    var sharedStrings: [String] = []
    /// For each cell style index, how it shows numbers (General when a cell's index is not here).
    var numberStyles: [ExcelNumberStyle] = []
    /// Whether the workbook counts serial dates from 1904.
    var uses1904Dates = false

    /// The text a person sees for `cell`; dates as `yyyy-MM-dd`, booleans as `TRUE`/`FALSE`, numbers as
    /// `ExcelCellValue` renders them in the cell's style.
    func text(of cell: XLSXRawCell) -> String {
        switch cell.type {
        case "s":
            guard let index = Int(cell.value), sharedStrings.indices.contains(index) else { return "" }
            return sharedStrings[index]
        case "inlineStr": return OOXMLText.decode(cell.inlineText)
        case "str": return OOXMLText.decode(cell.value)
        case "b": return cell.value == "1" ? "TRUE" : "FALSE"
        case "e": return cell.value
        case "d": return cell.value.split(separator: "T", maxSplits: 1).first.map(String.init) ?? ""
        default: return number(cell)
        }
    }

    private func number(_ cell: XLSXRawCell) -> String {
        guard let value = Double(cell.value) else { return cell.value }
        switch numberStyles.indices.contains(cell.style) ? numberStyles[cell.style] : .general {
        case .date: return ExcelCellValue.date(serial: value, uses1904: uses1904Dates) ?? ExcelCellValue.number(value)
        case .whole(let minimumDigits): return ExcelCellValue.whole(value, minimumDigits: minimumDigits)
        case .general: return ExcelCellValue.number(value)
        }
    }
}
