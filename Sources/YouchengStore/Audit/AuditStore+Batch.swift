import Foundation
import SQLKit
import YouchengCore

extension AuditStore {
    static let insertPrefix: SQLQueryString =
        "INSERT INTO audit_log (at, actor, unit_id, action, entity_type, entity_id, changes) VALUES "

    /// One entry's parenthesised values, for `insertPrefix` (a single entry; `appendAll` carries many as JSON).
    static func values(_ event: AuditEvent, stamp: String) throws -> SQLQueryString {
        """
        (\(bind: stamp), \(bind: event.actor.username), \(bind: event.actor.unitId), \(bind: event.action.rawValue),
          \(bind: event.entityType.rawValue), \(bind: event.entityId), \(bind: try encoded(event.changes)))
        """
    }

    /// Appends `events` in their order, all at `time`, on `sql` inside the caller's transaction, `JSONRows.batchSize`
    /// to a statement carried in one JSON array: the same entries as one ``append(_:at:sql:)`` each, for imports
    /// that audit every row they write.
    static func appendAll(_ events: [AuditEvent], at time: Date, sql: any SQLDatabase) async throws {
        let stamp = Timestamp.string(time)
        for batch in events.chunked(JSONRows.batchSize) {
            try await sql.raw(try insertStatement(batch, stamp: stamp, dialect: sql.dialect)).run()
        }
    }

    /// One statement appending `events` in their order, all at `stamp`, carried in one JSON array: built apart from
    /// running it, so an import can build the next statement while the database runs this one. `into` begins it
    /// (`INSERT INTO`, or a bulk insert's own, ``ExchangeStore/insertInto(_:)``).
    static func insertStatement(
        _ events: some Sequence<AuditEvent>, stamp: String, dialect: any SQLDialect,
        into: SQLQueryString = "INSERT INTO"
    ) throws -> SQLQueryString {
        var rows = JSONRows(dialect: dialect)
        for event in events {
            rows.append([
                .text(stamp), .text(event.actor.username), .integer(event.actor.unitId),
                .text(event.action.rawValue), .text(event.entityType.rawValue), .text(event.entityId),
                .text(try encoded(event.changes)),
            ])
        }
        return into + " audit_log (at, actor, unit_id, action, entity_type, entity_id, changes) "
            + rows.select([.text, .text, .integer, .text, .text, .text, .text], dialect: dialect)
    }
}
