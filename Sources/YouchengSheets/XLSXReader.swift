import Foundation
import YouchengCore

/// Reads the first worksheet of an XLSX workbook (Excel, WPS, LibreOffice, Numbers) as rows of text.
public enum XLSXReader {
    /// The cells of the first worksheet in tab order, as displayed text.
    ///
    /// The sheet is found through `xl/workbook.xml` and its relationships, not by file name. Shared,
    /// inline and formula strings come back as written (a `"007"` stays `007`); numbers as Excel shows them in
    /// General format or a whole-number format (`1985`, `320100`, `0.3`); numbers in a date format become
    /// `yyyy-MM-dd`; booleans are `TRUE`/`FALSE`. Gaps in a sparse sheet are `""` cells and `[]` rows; trailing
    /// empty rows are dropped.
    /// - Parameter limits: How much the workbook may inflate to and the sheet may hold.
    /// - Throws: `TabularError.brokenWorkbook` when the data is not a zip or a part is missing or
    ///   malformed; `TabularError.noSheet` when the workbook lists no worksheet; `TabularError.tooLarge` as soon as
    ///   a limit is passed.
    public static func read(_ data: Data, limits: TableLimits = .standard) throws(TabularError) -> [[String]] {
        let package = try XLSXPackage(data: data, limits: limits)
        let workbookPath = try package.workbookPath()
        let workbook = XLSXWorkbookParser()
        guard let parsedWorkbook = try package.parse(workbookPath, with: workbook) else {
            throw .brokenWorkbook("no workbook part")
        }
        guard parsedWorkbook else { throw .brokenWorkbook("\(workbookPath) is not valid XML") }
        let relationships = try package.relationships(of: workbookPath)
        let worksheets = relationships.filter { $0.type.hasSuffix("/worksheet") }
        let firstSheet = workbook.sheetRelationshipIDs.lazy.compactMap { id in
            worksheets.first { $0.id == id }
        }.first
        guard let sheetPath = firstSheet?.target else { throw .noSheet }

        var renderer = XLSXCellRenderer(uses1904Dates: workbook.uses1904Dates)
        if let path = relationships.first(where: { $0.type.hasSuffix("/sharedStrings") })?.target {
            renderer.sharedStrings =
                try parsePart(path, in: package, with: XLSXSharedStringsParser(limits: limits, path: path)).strings
        }
        if let path = relationships.first(where: { $0.type.hasSuffix("/styles") })?.target {
            renderer.numberStyles = try parsePart(path, in: package, with: XLSXStylesParser()).numberStyles
        }
        let worksheet = XLSXWorksheetParser(renderer: renderer, limits: limits, path: sheetPath)
        guard let parsedSheet = try package.parse(sheetPath, with: worksheet) else {
            throw .brokenWorkbook("\(sheetPath) is missing")
        }
        guard parsedSheet else { throw .brokenWorkbook("\(sheetPath) is not valid XML") }
        return worksheet.trimmedRows
    }

    /// Runs `parser` over an optional part; a missing part leaves the parser empty.
    private static func parsePart<Parser: XMLPartReader>(
        _ path: String, in package: XLSXPackage, with parser: Parser
    ) throws(TabularError) -> Parser {
        guard try package.parse(path, with: parser) != false else {
            throw .brokenWorkbook("\(path) is not valid XML")
        }
        return parser
    }
}
