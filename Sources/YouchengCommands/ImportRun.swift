import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

/// The result of importing one registry file: the counts, and every problem by row.
public struct ImportOutcome: Sendable, Encodable {
    /// The file name as given.
    public var file: String
    /// What the file was read as (`CSV (gb18030)`, `XLSX`, `JSON`).
    public var format: String
    /// Whether this was a dry run.
    public var dryRun: Bool
    /// New / updated / unchanged / rejected counts; `stored` says whether anything was written.
    public var report: ImportReport
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

    /// The report as printed, Chinese and English on each line.
    public var text: String {
        let r = report
        return ImportText.text(
            title: "文件 / file", file: file, format: format, failure: failure, remarks: remarks, errors: errors,
            counts: [
                "新增 / new: \(r.created)，更新 / updated: \(r.updated)，未变 / unchanged: \(r.unchanged)，拒绝 / rejected: \(r.rejected)"
            ], dryRun: dryRun)
    }
}

/// How an import's outcome is printed, registry or exchanges alike.
enum ImportText {
    /// The file line; then the refusal, or the remarks, every row error, the `counts` lines and how it ended.
    static func text(
        title: String, file: String, format: String, failure: Bilingual?, remarks: [Bilingual], errors: [RowError],
        counts: [String], dryRun: Bool
    ) -> String {
        var lines = ["\(title): \(file)" + (format.isEmpty ? "" : " (\(format))")]
        if let failure {
            lines.append("导入失败 / import refused: \(failure.both)")
            return lines.joined(separator: "\n")
        }
        lines += remarks.map { "说明 / note: \($0.both)" }
        lines += errors.map { "\($0.message.zh) / \($0.message.en)" }
        lines += counts
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

/// Imports a registry file the way `youcheng import` and the import page do (`RegistryImport`), reporting the outcome.
public enum ImportRun {
    /// Runs an import of `data` (read under `limits`) into `repository`.
    public static func run(
        data: Data, file: String, defaultHome: Locality?, dryRun: Bool, repository: any RegistryRepository,
        reference: ReferenceData, limits: TableLimits = .standard
    ) async throws -> ImportOutcome {
        let read: (table: [[String]], format: String)
        do {
            read = try RegistryFiles.read(data: data, filename: file, limits: limits)
        } catch {
            return refused(file: file, dryRun: dryRun, error)
        }
        return try await run(
            table: read.table, format: read.format, file: file, defaultHome: defaultHome, dryRun: dryRun,
            repository: repository, reference: reference)
    }

    /// Runs an import of a file already read into `table` (as `format`) into `repository`.
    public static func run(
        table: [[String]], format: String, file: String, defaultHome: Locality?, dryRun: Bool,
        repository: any RegistryRepository, reference: ReferenceData
    ) async throws -> ImportOutcome {
        let checked: CheckedImport
        do {
            checked = try await RegistryImport.check(
                table: table, format: format, defaultHome: defaultHome, reference: reference, repository: repository)
        } catch let error as RegistryFileError {
            return refused(file: file, dryRun: dryRun, error)
        }
        var outcome = ImportOutcome(
            file: file, format: checked.format, dryRun: dryRun, report: ImportReport(), errors: [], remarks: [])
        outcome.remarks = checked.plan.remarks
        outcome.totalRow = checked.plan.totalRow
        outcome.errors = checked.plan.errors
        outcome.report =
            dryRun ? checked.report : try await RegistryImport.store(checked, repository: repository, actor: .system)
        return outcome
    }

    /// The outcome of a file refused as a whole (unreadable, too large, no header).
    public static func refused(file: String, dryRun: Bool, _ error: RegistryFileError) -> ImportOutcome {
        var outcome = ImportOutcome(
            file: file, format: "", dryRun: dryRun, report: ImportReport(), errors: [], remarks: [])
        outcome.failure = error.message
        return outcome
    }
}
