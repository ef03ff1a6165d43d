import Foundation
import SQLKit
import YouchengCore

/// The rows of a projects file the store refused: each error names its row and column in both languages.
public struct ProjectImportRefusal: Error, Sendable, Equatable {
    /// The errors, in row order.
    public var errors: [FieldError]
}

extension ProjectStore {
    /// Records every row of an import in one transaction, all or nothing: each row's partners, unit and source are
    /// checked first, and any refusal (`ProjectImportRefusal`, naming every refused row) writes nothing. With
    /// `dryRun` the rows are checked and nothing is written. Answers the new projects' ids (none for a dry run).
    public func importProjects(_ rows: [ProjectImportRow], dryRun: Bool, by actor: AuditActor) async throws
        -> [Int64]
    {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            var errors: [FieldError] = []
            for row in rows {
                do {
                    try await Self.check(row.valid.draft, sql: sql)
                } catch let error as ProjectError {
                    errors.append(ProjectImporter.located(error.fieldError, row: row.row, unitName: ""))
                }
            }
            if !errors.isEmpty { throw ProjectImportRefusal(errors: errors) }
            if dryRun { return [] }
            var ids: [Int64] = []
            for row in rows {
                let v = row.valid
                ids.append(
                    try await Self.insert(v.draft, stage: v.stage, date: v.date, by: actor, time: time, sql: sql).id)
            }
            return ids
        }
    }
}
