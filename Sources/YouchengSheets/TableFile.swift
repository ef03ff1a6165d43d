import Foundation
import YouchengCore

/// Opens an uploaded spreadsheet file, whatever program wrote it: XLSX, CSV in any usual encoding,
/// or (recognised and handed back for another reader) a JSON document.
public enum TableFile {
    /// What the file turned out to be.
    public enum Format: Equatable, Sendable {
        /// CSV (or semicolon/tab-separated) text in the given encoding.
        case csv(DetectedEncoding)
        /// An XLSX workbook; the rows are its first worksheet.
        case xlsx
        /// JSON text (it starts with `{` or `[`); rows are empty and the caller parses the text.
        case json(String)
    }

    private static let zipMagic: [UInt8] = [0x50, 0x4B, 0x03, 0x04]  // "PK\u{3}\u{4}"
    private static let compoundFileMagic: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The rows of `data`, telling the format by content rather than by name.
    ///
    /// A zip is read as XLSX; an OLE compound file (old `.xls`) is refused with its own message;
    /// anything else is decoded as text and parsed as CSV unless it is JSON.
    /// - Parameters:
    ///   - filename: The uploaded name, if known; a `.xlsx` name on data that is not a zip
    ///     is reported as a broken workbook rather than as an unreadable text file.
    ///   - limits: How much the table may hold (`TabularError.tooLarge` past that), CSV and XLSX alike.
    public static func readRows(
        data: Data, filename: String?, limits: TableLimits = .standard
    ) throws(TabularError) -> (rows: [[String]], format: Format) {
        guard !data.isEmpty else { throw .empty }
        let head = [UInt8](data.prefix(compoundFileMagic.count))
        if head.starts(with: zipMagic) {
            return (try XLSXReader.read(data, limits: limits), .xlsx)
        }
        if head == compoundFileMagic {
            throw .legacyExcel
        }
        if let filename, filename.lowercased().hasSuffix(".xlsx") {
            throw .brokenWorkbook("not a zip archive")
        }
        let (text, encoding) = try TextDecoding.decode(data)
        if looksLikeJSON(text) {
            return ([], .json(text))
        }
        return (try CSV.parse(text, limits: limits), .csv(encoding))
    }

    /// Whether the first character that is not white space is `{` or `[`.
    private static func looksLikeJSON(_ text: String) -> Bool {
        let first = text.unicodeScalars.first { !$0.properties.isWhitespace }
        return first == "{" || first == "["
    }
}
