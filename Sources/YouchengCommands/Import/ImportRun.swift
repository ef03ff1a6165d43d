import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

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
