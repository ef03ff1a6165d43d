import Foundation
import SQLKit
import YouchengCore

extension AuditStore {
    static let insertPrefix: SQLQueryString =
        "INSERT INTO audit_log (at, actor, unit_id, action, entity_type, entity_id, changes) VALUES "

    /// One entry's parenthesised values, for `insertPrefix`.
    static func values(_ event: AuditEvent, stamp: String) throws -> SQLQueryString {
        """
        (\(bind: stamp), \(bind: event.actor.username), \(bind: event.actor.unitId), \(bind: event.action.rawValue),
          \(bind: event.entityType.rawValue), \(bind: event.entityId), \(bind: try encoded(event.changes)))
        """
    }

    /// Appends `events` in their order, all at `time`, on `sql` inside the caller's transaction, 10,000 to a
    /// statement bound as one JSON value (see `JSONRows`): the same entries as one ``append(_:at:sql:)`` each, for
    /// imports that audit every row they write.
    static func appendAll(_ events: [AuditEvent], at time: Date, sql: any SQLDatabase) async throws {
        let stamp = Timestamp.string(time)
        let columns = [
            ("at", "text"), ("actor", "text"), ("unit_id", "bigint"), ("action", "text"), ("entity_type", "text"),
            ("entity_id", "text"), ("changes", "text"),
        ].map { JSONRows.Column(name: $0.0, type: $0.1) }
        for batch in events.chunked(10_000) {
            var rows = JSONRows()
            for event in batch {
                rows.row()
                rows.add(stamp)
                rows.add(event.actor.username)
                rows.add(event.actor.unitId)
                rows.add(event.action.rawValue)
                rows.add(event.entityType.rawValue)
                rows.add(event.entityId)
                rows.add(try encoded(event.changes))
            }
            _ = try await rows.insert(into: "audit_log", columns, sql: sql)
        }
    }
}
