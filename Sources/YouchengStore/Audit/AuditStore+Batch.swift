import Foundation
import SQLKit
import YouchengCore

extension AuditStore {
    /// Appends `events` in their order on `sql`, inside the caller's transaction, several to a statement: the same
    /// entries as one ``append(_:at:sql:)`` each, for imports that audit every row they write.
    static func appendAll(_ events: [AuditEvent], at time: Date, sql: any SQLDatabase) async throws {
        let stamp = Timestamp.string(time)
        // Seven values a row: 1,000 rows stay well inside SQLite's 32,766 and PostgreSQL's 65,535 bindings.
        for batch in events.chunked(1_000) {
            var statement: SQLQueryString =
                "INSERT INTO audit_log (at, actor, unit_id, action, entity_type, entity_id, changes) VALUES "
            for (n, event) in batch.enumerated() {
                statement += (n == 0 ? "" : ", ") as SQLQueryString
                statement +=
                    "(\(bind: stamp), \(bind: event.actor.username), \(bind: event.actor.unitId), \(bind: event.action.rawValue), \(bind: event.entityType.rawValue), \(bind: event.entityId), \(bind: try encoded(event.changes)))"
            }
            try await sql.raw(statement).run()
        }
    }
}
