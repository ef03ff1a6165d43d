import Foundation
import SQLKit
import YouchengCore

extension ProspectStore {
    /// Deletes prospect `id` with its stage history when it is still at `expectedVersion` (any version when nil),
    /// auditing its last values in the same transaction. A signed prospect is refused
    /// (`ProspectError.signedNotDeleted`): it stays beside the partnership it led to, and its history counts in the
    /// indicators of the years it moved.
    public func delete(id: Int64, expectedVersion: Int?, by actor: AuditActor) async throws {
        let time = now()
        try await database.writeTransaction(locking: Self.tables) { sql in
            guard let before = try await Self.prospect(id: id, sql: sql) else { throw ProspectError.notFound }
            if let expectedVersion, expectedVersion != before.version {
                throw ProspectError.staleVersion(current: before.version)
            }
            if before.stage == .signed { throw ProspectError.signedNotDeleted(partnershipId: before.partnershipId) }
            // The foreign key cascades too; deleting the history first does not depend on SQLite's foreign keys.
            try await sql.raw("DELETE FROM prospect_stage_changes WHERE prospect_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM prospects WHERE id = \(bind: id)").run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .delete, entityType: .prospect, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: nil)),
                at: time, sql: sql)
        }
    }
}
