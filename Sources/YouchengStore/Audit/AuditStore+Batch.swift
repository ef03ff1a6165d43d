import Foundation
import SQLKit
import YouchengCore

extension AuditStore {
    /// How many entries one multi-row INSERT carries: 7 bindings each, far below SQLite's and PostgreSQL's limits.
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

    /// Appends `events` in order, all at `time`, on `sql` inside the caller's transaction, with one INSERT per
    /// `batchSize` entries instead of one per entry (an import of 30,000 rows writes 30,001 entries).
    static func appendAll(_ events: [AuditEvent], at time: Date, sql: any SQLDatabase) async throws {
        let stamp = Timestamp.string(time)
        for batch in events.chunked(batchSize) {
            let rows = try batch.map { try values($0, stamp: stamp) }
            try await sql.raw(insertPrefix + rows.joined(separator: ", ")).run()
        }
    }
}
