import Foundation

/// SAX delegate reading one worksheet part into rows of displayed text.
///
/// Cells are placed by their reference (`r="C5"`), so the gaps a sparse sheet leaves become `""`
/// within a row and `[]` for whole missing rows. Cells and rows without a reference follow the
/// previous one, as the format allows.
final class XLSXWorksheetParser: XMLPartReader {
    /// Excel's own limits; references past them are ignored rather than padded out to.
    static let maximumRows = 1_048_576
    static let maximumColumns = 16_384

    private let renderer: XLSXCellRenderer
    private(set) var rows: [[String]] = []
    private var row: [String] = []
    private var rowIndex = 0
    private var column = 0
    private var cell = XLSXRawCell()
    private var capturesValue = false
    private var capturesInlineText = false
    private var isInInlineString = false
    private var phoneticDepth = 0

    init(renderer: XLSXCellRenderer) {
        self.renderer = renderer
    }

    /// The rows read, without trailing rows that have no text.
    var trimmedRows: [[String]] {
        var result = rows
        while let last = result.last, last.allSatisfy(\.isEmpty) {
            result.removeLast()
        }
        return result
    }

    override func start(_ name: Substring, attributes attributeDict: [String: String]) {
        switch name {
        case "row":
            rowIndex = attributeDict["r"].flatMap(Int.init).map { $0 - 1 } ?? rows.count
            row = []
            column = 0
        case "c":
            column = attributeDict["r"].flatMap(Self.columnIndex) ?? column
            cell = XLSXRawCell(type: attributeDict["t"], style: attributeDict["s"].flatMap(Int.init) ?? 0)
        case "v": capturesValue = true
        case "is": isInInlineString = true
        case "t": capturesInlineText = isInInlineString && phoneticDepth == 0
        case "rPh": phoneticDepth += 1
        default: break
        }
    }

    override func end(_ name: Substring) {
        switch name {
        case "v": capturesValue = false
        case "t": capturesInlineText = false
        case "is": isInInlineString = false
        case "rPh": phoneticDepth -= 1
        case "c":
            place(renderer.text(of: cell))
            column += 1
        case "row": commitRow()
        default: break
        }
    }

    override func characters(_ string: String) {
        if capturesValue {
            cell.value.append(string)
        } else if capturesInlineText {
            cell.inlineText.append(string)
        }
    }

    private func place(_ text: String) {
        guard column >= 0, column < Self.maximumColumns else { return }
        if column < row.count {
            row[column] = text
            return
        }
        row.append(contentsOf: repeatElement("", count: column - row.count))
        row.append(text)
    }

    private func commitRow() {
        guard rowIndex >= 0, rowIndex < Self.maximumRows else { return }
        if rowIndex >= rows.count {
            rows.append(contentsOf: repeatElement([], count: rowIndex - rows.count))
            rows.append(row)
            return
        }
        // A row listed twice or out of order: later cells win, earlier ones stay.
        for (index, text) in row.enumerated() where !text.isEmpty || index >= rows[rowIndex].count {
            if index < rows[rowIndex].count {
                rows[rowIndex][index] = text
            } else {
                rows[rowIndex].append(text)
            }
        }
    }

    /// The 0-based column of a cell reference such as `C5` or `$AA$10`.
    static func columnIndex(_ reference: String) -> Int? {
        var column = 0
        for byte in reference.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"): column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
            case UInt8(ascii: "$"): continue
            default: return column > 0 ? column - 1 : nil
            }
            if column > maximumColumns {
                return nil
            }
        }
        return column > 0 ? column - 1 : nil
    }
}
