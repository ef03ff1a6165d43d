import Foundation
import YouchengCore

/// SAX delegate reading one worksheet part into rows of displayed text.
///
/// Cells are placed by their reference (`r="C5"`), so the gaps a sparse sheet leaves become `""`
/// within a row and `[]` for whole missing rows. Cells and rows without a reference follow the
/// previous one, as the format allows. The `<dimension>` a sheet declares is not read, so a sheet
/// claiming `A1:XFD1048576` costs nothing.
///
/// A cell with text past `TableLimits.columns` or `TableLimits.rows` stops the reading before anything is padded
/// out to it (an empty cell out there is skipped); so does a cell longer than `TableLimits.cellLength`, and a table
/// whose rows, padded to their last cell, hold more than `TableLimits.cells` cells.
final class XLSXWorksheetParser: XMLPartReader {
    /// Excel's last column (`XFD`); a reference past it is not a column at all.
    static let maximumColumns = 16_384

    private let renderer: XLSXCellRenderer
    private let limits: TableLimits
    private let path: String
    private(set) var rows: [[String]] = []
    private var row: [String] = []
    private var rowIndex = 0
    private var column = 0
    /// The cells of `rows`, padding included.
    private var cells = 0
    private var cell = XLSXRawCell()
    private var cellLength = 0
    private var capturesValue = false
    private var capturesInlineText = false
    private var isInInlineString = false
    private var phoneticDepth = 0

    init(renderer: XLSXCellRenderer, limits: TableLimits, path: String) {
        self.renderer = renderer
        self.limits = limits
        self.path = path
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
            // `max` first: `r="-9223372036854775808"` must not overflow; rows ≤ 0 end up ignored.
            rowIndex = attributeDict["r"].flatMap(Int.init).map { max($0, 0) - 1 } ?? rows.count
            row = []
            column = 0
        case "c":
            column = attributeDict["r"].flatMap(Self.columnIndex) ?? column
            cell = XLSXRawCell(type: attributeDict["t"], style: attributeDict["s"].flatMap(Int.init) ?? 0)
            cellLength = 0
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
        guard capturesValue || capturesInlineText else { return }
        cellLength += string.unicodeScalars.count
        guard cellLength <= limits.cellLength else {
            return fail(exceeded(.cellLength, maximum: limits.cellLength, column: column))
        }
        if capturesValue {
            cell.value.append(string)
        } else {
            cell.inlineText.append(string)
        }
    }

    private func place(_ text: String) {
        guard column >= 0, rowIndex >= 0 else { return }
        guard rowIndex < limits.rows, column < limits.columns else {
            // Only text out there is refused: an empty (styled) cell adds nothing to the table.
            guard !text.isEmpty else { return }
            return rowIndex < limits.rows
                ? fail(exceeded(.columns, maximum: limits.columns, column: column))
                : fail(exceeded(.rows, maximum: limits.rows, column: nil))
        }
        if column < row.count {
            row[column] = text
            return
        }
        row.append(contentsOf: repeatElement("", count: column - row.count))
        row.append(text)
    }

    private func commitRow() {
        guard rowIndex >= 0, rowIndex < limits.rows else { return }
        cells += max(0, row.count - (rowIndex < rows.count ? rows[rowIndex].count : 0))
        guard cells <= limits.cells else {
            return fail(exceeded(.cells, maximum: limits.cells, column: nil))
        }
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

    /// The error for `limit` passed at the current row and the 0-based `column`, if any.
    private func exceeded(_ limit: TableLimitExceeded.Limit, maximum: Int, column: Int?) -> TabularError {
        .tooLarge(
            TableLimitExceeded(limit, maximum: maximum, part: path, row: rowIndex + 1, column: column.map { $0 + 1 }))
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
