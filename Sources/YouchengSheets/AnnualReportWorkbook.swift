import Foundation
import YouchengCore

/// The annual report as an XLSX workbook: one sheet per section, its table first (figures as numbers), its
/// paragraph below.
public enum AnnualReportWorkbook {
    /// The workbook of `report` in `language`.
    public static func data(
        _ report: AnnualReport, language: Language, reference: ReferenceData, friendshipLabel: String
    ) throws -> Data {
        let sheets = report.sections(language, reference: reference, friendshipLabel: friendshipLabel).map { section in
            XLSXWriter.Sheet(
                name: section.title, rows: [section.head] + section.rows + (section.text.map { [[""], [$0]] } ?? []),
                numbers: true)
        }
        return try XLSXWriter.write(sheets: sheets)
    }
}
