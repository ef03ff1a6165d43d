import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

/// The result of importing one exchanges file: the counts, the units created, and every problem by row.
public struct ExchangeImportOutcome: Sendable, Encodable {
    /// The file name as given.
    public var file: String
    /// What the file was read as.
    public var format: String
    /// Whether this was a dry run.
    public var dryRun: Bool
    /// Created / updated / unchanged counts and the units created.
    public var report: ExchangeImportReport
    /// Every row error.
    public var errors: [RowError]
    /// Remarks (ignored columns, the total row skipped).
    public var remarks: [Bilingual]
    /// The row number of the trailing total row (`合计`) that was skipped, if any.
    public var totalRow: Int?
    /// A file-level failure, if any.
    public var failure: Bilingual?

    /// Whether the import succeeded.
    public var succeeded: Bool { failure == nil && errors.isEmpty }

    /// The report as printed, Chinese and English on each line.
    public var text: String {
        let r = report
        var counts = ["新增 / new: \(r.created)，更新 / updated: \(r.updated)，未变 / unchanged: \(r.unchanged)"]
        if !r.newUnits.isEmpty { counts.append("新建成员单位 / units created: " + r.newUnits.joined(separator: "、")) }
        return ImportText.text(
            title: "交流活动文件 / exchanges file", file: file, format: format, failure: failure, remarks: remarks,
            errors: errors, counts: counts, dryRun: dryRun)
    }
}

/// Imports an exchanges file: reads it, validates every row against the stored partners, units and domains, and
/// stores all rows or none.
public enum ExchangeImportRun {
    /// Whether `table`'s header row (the first row naming two known columns, not necessarily row 1) is an exchanges
    /// file.
    public static func recognizes(_ table: [[String]]) -> Bool {
        ExchangeImporter.recognizes(table: table)
    }

    /// Runs the import of `table` (read from `file` as `format`) into `database`.
    public static func run(
        table: [[String]], file: String, format: String, dryRun: Bool, database: Database, reference: ReferenceData,
        actor: AuditActor = .system
    ) async throws -> ExchangeImportOutcome {
        var outcome = ExchangeImportOutcome(
            file: file, format: format, dryRun: dryRun, report: ExchangeImportReport(), errors: [], remarks: [])
        let services = Services(database: database, reference: reference)
        let store = services.exchanges
        let importer = ExchangeImporter(
            reference: reference, partners: try await services.registry.partners(),
            units: try await services.accounts.units.list(includeInactive: true), domains: try await store.domains())
        let plan: ExchangeImportPlan
        do {
            plan = try importer.plan(table)
        } catch {
            outcome.failure = error.message
            return outcome
        }
        outcome.remarks = plan.remarks
        outcome.totalRow = plan.totalRow
        outcome.errors = plan.errors
        guard plan.errors.isEmpty else { return outcome }
        outcome.report = try await store.apply(plan, dryRun: dryRun, actor: actor)
        return outcome
    }
}
