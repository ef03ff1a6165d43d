import Foundation

/// Why a spreadsheet file (CSV, XLSX or JSON table) could not be read.
///
/// Each case carries a user-facing message in Chinese and English, so the import
/// page and the command line can show it as is.
public enum TabularError: Error, Equatable, Sendable {
    /// The file has no content at all.
    case empty
    /// The file is not text in a known encoding, nor a workbook.
    case binary
    /// A quoted CSV field is never closed; `line` is the 1-based line where the field starts.
    case unterminatedQuote(line: Int)
    /// The file looks like an XLSX workbook but cannot be read; the detail says which part failed.
    case brokenWorkbook(String)
    /// The workbook contains no worksheet.
    case noSheet
    /// The file is an OLE compound file: an old binary Excel workbook (.xls), or an XLSX workbook
    /// encrypted with an open password (Excel wraps those the same way). Neither can be read.
    case legacyExcel
    /// The file goes past one of the `TableLimits` it is read with; reading stopped there.
    case tooLarge(TableLimitExceeded)

    /// A stable machine-readable code for API error bodies and logs.
    public var code: String {
        switch self {
        case .empty: "empty"
        case .binary: "binary"
        case .unterminatedQuote: "unterminatedQuote"
        case .brokenWorkbook: "brokenWorkbook"
        case .noSheet: "noSheet"
        case .legacyExcel: "legacyExcel"
        case .tooLarge: "tooLarge"
        }
    }

    /// The message in Simplified Chinese.
    public var zh: String {
        switch self {
        case .empty: "文件是空的"
        case .binary: "文件不是 CSV、XLSX 或 JSON 表格"
        case .unterminatedQuote(let line): "第 \(line) 行的引号没有闭合"
        case .brokenWorkbook(let detail): "XLSX 文件已损坏，无法读取（\(detail)）"
        case .noSheet: "XLSX 文件里没有工作表"
        case .tooLarge(let exceeded): exceeded.zh
        case .legacyExcel: "这是旧版 Excel（.xls）文件或设有打开密码的工作簿，请另存为不加密的 .xlsx 或 CSV 后再导入"
        }
    }

    /// The message in English.
    public var en: String {
        switch self {
        case .empty: "the file is empty"
        case .binary: "the file is not a CSV, XLSX or JSON table"
        case .unterminatedQuote(let line): "the quote opened on line \(line) is never closed"
        case .brokenWorkbook(let detail): "the XLSX file is damaged and cannot be read (\(detail))"
        case .noSheet: "the XLSX file contains no worksheet"
        case .tooLarge(let exceeded): exceeded.en
        case .legacyExcel:
            "this is an old Excel (.xls) file or a password-protected workbook; "
                + "save it as an unprotected .xlsx or CSV and import that"
        }
    }

    /// Both messages, for callers that pick the language later.
    public var message: (zh: String, en: String) { (zh, en) }
}
