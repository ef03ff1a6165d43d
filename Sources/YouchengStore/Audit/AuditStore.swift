import Foundation
import SQLKit
import YouchengCore

/// The audit log kept in SQL. Append-only: this type inserts and selects, and the database's triggers refuse any
/// UPDATE, DELETE (or, on PostgreSQL, TRUNCATE) of `audit_log`.
public struct AuditStore: AuditRepository {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    @discardableResult
    public func append(_ event: AuditEvent) async throws -> AuditEntry {
        let time = now()
        return try await database.transaction { sql in try await Self.append(event, at: time, sql: sql) }
    }

    /// Appends `event` on `sql`, inside the caller's transaction: a change and its entry are stored together or
    /// not at all.
    @discardableResult
    static func append(_ event: AuditEvent, at time: Date, sql: any SQLDatabase) async throws -> AuditEntry {
        let id = try await sql.raw(insertPrefix + (try values(event, stamp: Timestamp.string(time))) + " RETURNING id")
            .first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw StoredValueError(table: "audit_log", row: nil, column: "id", value: "none returned") }
        return AuditEntry(
            id: id, time: Timestamp.truncated(time), actor: event.actor.username, unitId: event.actor.unitId,
            action: event.action, entityType: event.entityType, entityId: event.entityId, changes: event.changes)
    }

    public func entries(_ query: AuditQuery) async throws -> AuditPage {
        let filter = Self.whereClause(query)
        let offset = (query.page - 1) * query.per
        return try await database.read { sql in
            let total =
                try await sql.raw("SELECT COUNT(*) AS n FROM audit_log " + filter).first(
                    decodingColumn: "n", as: Int.self) ?? 0
            let rows = try await sql.raw(
                """
                SELECT id, at, actor, unit_id, action, entity_type, entity_id, changes FROM audit_log
                """ + " " + filter + " ORDER BY at DESC, id DESC LIMIT \(bind: query.per) OFFSET \(bind: offset)"
            ).all()
            return AuditPage(items: try rows.map(Self.entry), total: total, page: query.page, per: query.per)
        }
    }

    static func whereClause(_ query: AuditQuery) -> SQLQueryString {
        var conditions: [SQLQueryString] = []
        if let actor = query.actor { conditions.append("actor = \(bind: Username.normalized(actor))") }
        if let type = query.entityType { conditions.append("entity_type = \(bind: type.rawValue)") }
        if let id = query.entityId { conditions.append("entity_id = \(bind: id)") }
        if let action = query.action { conditions.append("action = \(bind: action.rawValue)") }
        if let since = query.since { conditions.append("at >= \(bind: Timestamp.string(since))") }
        if let until = query.until { conditions.append("at < \(bind: Timestamp.string(until))") }
        guard var clause = conditions.first.map({ "WHERE " + $0 }) else { return "" }
        for condition in conditions.dropFirst() { clause = clause + " AND " + condition }
        return clause
    }

    static func entry(_ row: any SQLRow) throws -> AuditEntry {
        let action = try row.decodeStored("action", table: "audit_log", AuditAction.init(rawValue:))
        let type = try row.decodeStored("entity_type", table: "audit_log", AuditEntityType.init(rawValue:))
        let changes = try row.decode(column: "changes", as: String.self)
        return AuditEntry(
            id: try row.decode(column: "id", as: Int64.self), time: try AccountRows.date(row, "at", table: "audit_log"),
            actor: try row.decode(column: "actor", as: String.self),
            unitId: try row.decode(column: "unit_id", as: Int64?.self), action: action, entityType: type,
            entityId: try row.decode(column: "entity_id", as: String?.self),
            changes: try JSONDecoder().decode([FieldChange].self, from: Data(changes.utf8)))
    }

    /// `changes` as the `changes` column stores them, so a query can look for an entry by its exact changes.
    static func encoded(_ changes: [FieldChange]) throws -> String {
        // Written by hand, with JSONEncoder's exact output (keys sorted, nil left out, slashes as they are), unless a
        // value holds a control character, which the two escape differently: an import audits every row it writes.
        let plain = changes.allSatisfy { change in
            [change.field, change.before, change.after].allSatisfy { value in
                // A control character is one byte below 0x20 in UTF-8, and no other scalar has such a byte.
                value?.utf8.allSatisfy { $0 >= 0x20 } ?? true
            }
        }
        guard plain else { return try encodedByFoundation(changes) }
        var out: [UInt8] = [UInt8(ascii: "[")]
        for (n, change) in changes.enumerated() {
            out += n == 0 ? "{".utf8 : ",{".utf8
            var first = true
            for (key, value) in [("after", change.after), ("before", change.before), ("field", change.field)] {
                guard let value else { continue }
                if !first { out.append(UInt8(ascii: ",")) }
                JSONString.append(key, to: &out)
                out.append(UInt8(ascii: ":"))
                JSONString.append(value, to: &out)
                first = false
            }
            out.append(UInt8(ascii: "}"))
        }
        out.append(UInt8(ascii: "]"))
        return String(decoding: out, as: UTF8.self)
    }

    /// `changes` as JSONEncoder writes them (sorted keys, slashes unescaped): what ``encoded(_:)`` matches.
    static func encodedByFoundation(_ changes: [FieldChange]) throws -> String {
        String(decoding: try encoder.encode(changes), as: UTF8.self)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
}
