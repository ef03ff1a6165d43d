import Foundation
import YouchengCore

/// A registry file read, validated, and dry-run against the store: what importing it would do.
public struct CheckedImport: Sendable {
    /// The validated rows, row errors and remarks.
    public let plan: RegistryImportPlan
    /// What the file was read as (`CSV, gb18030`, `XLSX`, `JSON`).
    public let format: String
    /// The dry run of the valid rows; `rejected` counts the rows with errors.
    public let report: ImportReport

    /// Whether the file can be stored (no row refused).
    public var isClean: Bool { plan.errors.isEmpty }
}

/// The import pipeline shared by `youcheng import` and the import page: read and validate every row, dry-run the
/// valid ones, and store the file in one transaction only when no row is refused.
public enum RegistryImport {
    /// Reads `data`, validates it and dry-runs it against `repository`; file-level problems throw `RegistryFileError`.
    /// `refuse` names a valid row the importing user may not write (an error for that row), nil when they may;
    /// `editor` is whose shared partner names the dry run guards (`RegistryRepository.apply`), nil for none; the
    /// file is read under `limits`.
    public static func check(
        data: Data, filename: String?, defaultHome: Locality?, reference: ReferenceData,
        repository: any RegistryRepository, refuse: @Sendable (RegistryRow) -> RowError? = { _ in nil },
        editor: Principal? = nil, limits: TableLimits = .standard
    ) async throws -> CheckedImport {
        let file = try RegistryFiles.read(data: data, filename: filename, limits: limits)
        return try await check(
            table: file.table, format: file.format, defaultHome: defaultHome, reference: reference,
            repository: repository, refuse: refuse, editor: editor)
    }

    /// `check` of a file already read into `table` (as `format`).
    public static func check(
        table: [[String]], format: String, defaultHome: Locality?, reference: ReferenceData,
        repository: any RegistryRepository, refuse: @Sendable (RegistryRow) -> RowError? = { _ in nil },
        editor: Principal? = nil
    ) async throws -> CheckedImport {
        var read = try RegistryFiles.plan(table: table, format: format, defaultHome: defaultHome, reference: reference)
        let refused = read.plan.rows.compactMap(refuse)
        if !refused.isEmpty {
            read.plan.errors = (read.plan.errors + refused).sorted { $0.row < $1.row }
            let rows = Set(refused.map(\.row))
            read.plan.rows.removeAll { rows.contains($0.row) }
        }
        var report: ImportReport
        do {
            report = try await repository.apply(read.plan.rows, dryRun: true, actor: .system, editor: editor)
        } catch RegistryError.conflictingRows(let conflicts) {
            // Two rows that name one partner two ways (大阪 / Osaka) for one home: row errors like any other.
            read.plan.errors = (read.plan.errors + conflicts).sorted { $0.row < $1.row }
            let conflicting = Set(conflicts.map(\.row))
            report = try await repository.apply(
                read.plan.rows.filter { !conflicting.contains($0.row) }, dryRun: true, actor: .system, editor: editor)
        }
        report.rejected = Set(read.plan.errors.map(\.row)).count
        return CheckedImport(plan: read.plan, format: read.format, report: report)
    }

    /// Stores a clean checked file (all rows in one transaction, audited as done by `actor`, shared partner names
    /// guarded for `editor` as in `check`); a file with row errors stores nothing.
    public static func store(
        _ checked: CheckedImport, repository: any RegistryRepository, actor: AuditActor, editor: Principal? = nil
    ) async throws -> ImportReport {
        guard checked.isClean else { return checked.report }
        return try await repository.apply(checked.plan.rows, dryRun: false, actor: actor, editor: editor)
    }
}
