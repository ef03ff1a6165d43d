import Foundation
import SQLKit
import YouchengCore

extension RegistryStore {
    public func delete(id: Int64, expectedVersion: Int?, actor: AuditActor) async throws -> PartnershipRecord {
        let time = now()
        return try await database.writeTransaction(locking: Self.registryTables) { sql in
            guard let before = try await storedRecord(id: id, sql: sql) else { throw RegistryError.notFound }
            if let expectedVersion, expectedVersion != before.partnership.version {
                throw RegistryError.staleVersion(current: before.partnership.version)
            }
            // The partner stays: it keeps its names for other homes, and for the exchanges recorded with it.
            try await sql.raw("DELETE FROM partnerships WHERE id = \(bind: id)").run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .delete, entityType: .partnership, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: nil)), at: time, sql: sql)
            return before
        }
    }
}
