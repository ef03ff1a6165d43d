import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

/// Imports an exchanges file: reads it, validates every row against the stored partners, units and domains, and
/// stores all rows or none.
public enum ExchangeImportRun {
    /// Whether `table`'s header row (the first row naming two known columns, not necessarily row 1) is an exchanges
    /// file.
    public static func recognizes(_ table: [[String]]) -> Bool {
        ExchangeImporter.recognizes(table: table)
    }

    /// Runs the import of `table` (read from `file` as `format`) into the stores of `services`. The table is let go
    /// once its rows are read and checked, before they are stored: a caller that hands over its only copy keeps the
    /// cells of a large file out of memory while the rows are written.
    public static func run(
        table: consuming [[String]], file: String, format: String, dryRun: Bool, services: Services,
        actor: AuditActor = .system
    ) async throws -> ExchangeImportOutcome {
        var outcome = ExchangeImportOutcome(
            file: file, format: format, dryRun: dryRun, report: ExchangeImportReport(), errors: [], remarks: [])
        let store = services.exchanges
        let importer = ExchangeImporter(
            reference: services.reference, partners: try await services.registry.partners(),
            units: try await services.accounts.units.list(includeInactive: true), domains: try await store.domains())
        let plan: ExchangeImportPlan
        do {
            plan = try importer.plan(consume table)
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
