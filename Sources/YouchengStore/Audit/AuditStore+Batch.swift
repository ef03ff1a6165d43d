import Foundation
import SQLKit
import YouchengCore

extension AuditStore {
    /// How many entries one multi-row INSERT carries: seven bindings each, well inside SQLite's 32,766 and
    /// PostgreSQL's 65,535.
    static let batchSize = 1_000

    static let insertPrefix: SQLQueryString =
        "INSERT INTO audit_log (at, actor, unit_id, action, entity_type, entity_id, changes) VALUES "

    /// One entry's parenthesised values, for `insertPrefix`.
    static func values(_ event: AuditEvent, stamp: String) throws -> SQLQueryString {
        """
        (\(bind: stamp), \(bind: event.actor.username), \(bind: event.actor.unitId), \(bind: event.action.rawValue),
          \(bind: event.entityType.rawValue), \(bind: event.entityId), \(bind: try encoded(event.changes)))
        """
    }

    /// Appends `events` in their order, all at `time`, on `sql` inside the caller's transaction, `batchSize` to a
    /// statement: the same entries as one ``append(_:at:sql:)`` each, for imports that audit every row they write.
    static func appendAll(_ events: [AuditEvent], at time: Date, sql: any SQLDatabase) async throws {
        let stamp = Timestamp.string(time)
        for batch in events.chunked(batchSize) {
            // Appended in place: a statement rebuilt per row would copy its growing text every time.
            var statement = insertPrefix
            for (n, event) in batch.enumerated() {
                if n > 0 { statement += ", " as SQLQueryString }
                statement += try values(event, stamp: stamp)
            }
            try await sql.raw(statement).run()
        }
    }
}
