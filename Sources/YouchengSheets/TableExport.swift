import Foundation
import YouchengCore

/// The one way the list exports write a table (header first): CSV with a BOM for Excel and every cell
/// formula-guarded, or an XLSX workbook of one sheet. JSON exports are written by their callers.
public enum TableExport {
    /// `rows` as CSV (for `.csv`, and `.json` asked of a table) or as an XLSX workbook whose sheet is `sheet`.
    public static func data(_ rows: [[String]], format: ExportFormat, sheet: String) throws -> Data {
        switch format {
        case .csv, .json:
            return Data(CSV.write(rows.map { $0.map(FormulaGuard.escape) }, bom: true).utf8)
        case .xlsx:
            return try XLSXWriter.write(sheets: [XLSXWriter.Sheet(name: sheet, rows: rows)])
        }
    }
}
