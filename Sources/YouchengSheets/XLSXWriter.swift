import Foundation
import ZIPFoundation

/// Writes rows of text as an XLSX workbook that Excel, WPS and LibreOffice open.
public enum XLSXWriter {
    /// One worksheet to write: its tab name and its rows, the first row being the header.
    public struct Sheet: Equatable, Sendable {
        /// The tab name; characters Excel forbids (`[]:*?/\`) are replaced and it is cut to 31 characters.
        public var name: String
        /// The cells, row by row; every cell is written as text, so `007` stays `007`, unless `numbers` is set.
        public var rows: [[String]]
        /// Whether cells holding a plain whole number (`0`, `42`, `-3`; not `007`) are written as numbers, so a
        /// report's figures add up in Excel. Off for registry exports, whose codes must stay text.
        public var numbers: Bool

        /// A worksheet named `name` holding `rows`.
        public init(name: String, rows: [[String]], numbers: Bool = false) {
            self.name = name
            self.rows = rows
            self.numbers = numbers
        }
    }

    /// The zip modification time stamped on every part, fixed so equal input gives equal bytes.
    private static let partDate = Date(timeIntervalSince1970: 946_684_800)  // 2000-01-01

    /// A complete `.xlsx` file holding `sheets` in order, with each first row in bold.
    ///
    /// Cells are inline strings (`t="inlineStr"`); an empty cell is left out, except that a row's
    /// last cell is always written so `XLSXReader` gives back the row at its full width.
    /// With no sheets, the workbook gets one empty sheet, since a workbook must have one.
    /// - Throws: An error from the zip library if the archive cannot be assembled.
    public static func write(sheets: [Sheet]) throws -> Data {
        let sheets = sheets.isEmpty ? [Sheet(name: "Sheet1", rows: [])] : sheets
        let names = XLSXSheetNames.sanitized(sheets.map(\.name))
        let archive = try Archive(accessMode: .create)
        try add("[Content_Types].xml", contentTypes(sheetCount: sheets.count), to: archive)
        try add("_rels/.rels", packageRelationships, to: archive)
        try add("xl/workbook.xml", workbook(sheetNames: names), to: archive)
        try add("xl/_rels/workbook.xml.rels", workbookRelationships(sheetCount: sheets.count), to: archive)
        try add("xl/styles.xml", styles, to: archive)
        for (index, sheet) in sheets.enumerated() {
            try add("xl/worksheets/sheet\(index + 1).xml", worksheet(sheet.rows, numbers: sheet.numbers), to: archive)
        }
        guard let data = archive.data else { throw Archive.ArchiveError.unwritableArchive }
        return data
    }

    /// Adds one deflated part holding `xml`.
    private static func add(_ path: String, _ xml: String, to archive: Archive) throws {
        let bytes = Data(xml.utf8)
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(bytes.count), modificationDate: partDate,
            compressionMethod: .deflate
        ) { position, size in
            bytes.subdata(in: Int(position)..<(Int(position) + size))
        }
    }
}
