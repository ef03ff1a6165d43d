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
    /// Remarks (ignored columns, absent kind column).
    public var remarks: [Bilingual]
    /// A file-level failure (unreadable, missing column), if any.
    public var failure: Bilingual?

    /// Whether the import succeeded (nothing refused).
    public var succeeded: Bool { failure == nil && errors.isEmpty }

    /// The report as printed, Chinese and English on each line.
    public var text: String {
        var lines = ["文件 / file: \(file)" + (format.isEmpty ? "" : " (\(format))")]
        if let failure {
            lines.append("导入失败 / import refused: \(failure.both)")
            return lines.joined(separator: "\n")
        }
        lines += remarks.map { "说明 / note: \($0.both)" }
        lines += errors.map { "\($0.message.zh) / \($0.message.en)" }
        let r = report
        lines.append(
            "新增 / new: \(r.created)，更新 / updated: \(r.updated)，未变 / unchanged: \(r.unchanged)，拒绝 / rejected: \(r.rejected)")
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

/// Imports a registry file the way `youcheng import` and the import page do: read, validate every row, and store
/// all of it in one transaction only when no row is refused.
public enum ImportRun {
    /// Runs an import of `data` into `repository`.
    public static func run(
        data: Data, file: String, defaultHome: Locality?, dryRun: Bool, repository: any RegistryRepository,
        reference: ReferenceData
    ) async throws -> ImportOutcome {
        var outcome = ImportOutcome(file: file, format: "", dryRun: dryRun, report: ImportReport(), errors: [], remarks: [])
        let plan: RegistryImportPlan
        do {
            let read = try RegistryFiles.plan(data: data, filename: file, defaultHome: defaultHome, reference: reference)
            plan = read.plan
            outcome.format = read.format
        } catch {
            outcome.failure = error.message
            return outcome
        }
        outcome.remarks = plan.remarks
        outcome.errors = plan.errors
        if !plan.errors.isEmpty {
            // Validate against the store anyway so the counts say what the good rows would have done.
            var report = try await repository.apply(plan.rows, dryRun: true)
            report.rejected = Set(plan.errors.map(\.row)).count
            outcome.report = report
            return outcome
        }
        outcome.report = try await repository.apply(plan.rows, dryRun: dryRun)
        return outcome
    }
}
