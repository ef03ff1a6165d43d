import YouchengCore
import YouchengStore

/// What one kind of import counts, and how those counts are printed.
public protocol ImportCounts: Sendable, Encodable {
    /// How the first line of the printed outcome names the file (`文件 / file`).
    static var fileTitle: String { get }
    /// The lines that print the counts, Chinese and English on each.
    var countLines: [String] { get }
}

/// The result of importing one file, registry or exchanges: the counts, and every problem by row.
public struct FileImportOutcome<Report: ImportCounts>: Sendable, Encodable {
    /// The file name as given.
    public var file: String
    /// What the file was read as (`CSV (gb18030)`, `XLSX`, `JSON`).
    public var format: String
    /// Whether this was a dry run.
    public var dryRun: Bool
    /// What the import counted; the registry's and the exchanges' reports say whether anything was written.
    public var report: Report
    /// Every row error.
    public var errors: [RowError]
    /// Remarks (ignored columns, the total row skipped, absent kind column).
    public var remarks: [Bilingual]
    /// The row number of the trailing total row (`合计`) that was skipped, if any.
    public var totalRow: Int?
    /// A file-level failure (unreadable, missing column), if any.
    public var failure: Bilingual?

    /// Whether the import succeeded (nothing refused).
    public var succeeded: Bool { failure == nil && errors.isEmpty }

    /// The report as printed, Chinese and English on each line: the file line; then the refusal, or the remarks,
    /// every row error, the counts and how it ended.
    public var text: String {
        var lines = ["\(Report.fileTitle): \(file)" + (format.isEmpty ? "" : " (\(format))")]
        if let failure {
            lines.append("导入失败 / import refused: \(failure.both)")
            return lines.joined(separator: "\n")
        }
        lines += remarks.map { "说明 / note: \($0.both)" }
        lines += errors.map { "\($0.message.zh) / \($0.message.en)" }
        lines += report.countLines
        if !errors.isEmpty {
            lines.append("文件有错误，未导入任何记录 / the file has errors; nothing was stored")
        } else if dryRun {
            lines.append("试运行，未写入 / dry run: nothing was stored")
        } else {
            lines.append("已导入 / imported")
        }
        return lines.joined(separator: "\n")
    }
}

/// The result of importing one registry file.
public typealias ImportOutcome = FileImportOutcome<ImportReport>

/// The result of importing one exchanges file; its report also names the units created.
public typealias ExchangeImportOutcome = FileImportOutcome<ExchangeImportReport>

extension ImportReport: ImportCounts {
    /// `文件 / file`.
    public static var fileTitle: String { "文件 / file" }

    /// New, updated, unchanged and rejected rows on one line.
    public var countLines: [String] {
        ["新增 / new: \(created)，更新 / updated: \(updated)，未变 / unchanged: \(unchanged)，拒绝 / rejected: \(rejected)"]
    }
}

extension ExchangeImportReport: ImportCounts {
    /// `交流活动文件 / exchanges file`.
    public static var fileTitle: String { "交流活动文件 / exchanges file" }

    /// New, updated and unchanged rows, then the units created, if any.
    public var countLines: [String] {
        var lines = ["新增 / new: \(created)，更新 / updated: \(updated)，未变 / unchanged: \(unchanged)"]
        if !newUnits.isEmpty { lines.append("新建成员单位 / units created: " + newUnits.joined(separator: "、")) }
        return lines
    }
}
