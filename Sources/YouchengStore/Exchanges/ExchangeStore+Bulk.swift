import SQLKit
import YouchengCore

extension ExchangeStore {
    /// Inserts new exchanges (none may exist yet with the same start, kind and title) in batches, with their lists,
    /// keeping their partners' last exchange; returns their ids in order. For imports, inside the caller's transaction.
    static func insert(_ drafts: [ExchangeDraft], stamp: String, sql: any SQLDatabase) async throws -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(drafts.count)
        let kinds: [JSONRows.Kind] = [
            .text, .text, .text, .text, .integer, .text, .integer, .text, .integer, .text, .text,
        ]
        for batch in drafts.chunked(JSONRows.batchSize) {
            var rows = JSONRows()
            for d in batch {
                rows.append([
                    .text(d.title), .text(d.start.description), .text(d.end.description), .text(d.kind.rawValue),
                    .integer(d.unitId), .text(d.rank?.rawValue), .integer(d.people.map(Int64.init)),
                    .text(d.outcomes), .integer(1), .text(stamp), .text(stamp),
                ])
            }
            let statement: SQLQueryString =
                """
                INSERT INTO exchanges (title, start_day, end_day, kind, unit_id, leader_rank, people, outcomes, version,
                  created_at, updated_at)
                """ + " " + rows.select(kinds, dialect: sql.dialect) + " RETURNING id, start_day, kind, title"
            // Matched back by start, kind and title (unique), not by the order RETURNING happens to give.
            var byIdentity: [ExchangeIdentity: Int64] = [:]
            byIdentity.reserveCapacity(batch.count)
            for row in try await sql.raw(statement).all() {
                let start = try row.decodeStored("start_day", table: "exchanges", Day.init(parsing:))
                let kind = try row.decodeStored("kind", table: "exchanges", ExchangeKind.init(rawValue:))
                let title = try row.decode(column: "title", as: String.self)
                byIdentity[ExchangeIdentity(start: start, kind: kind, title: title)] = try row.decode(
                    column: "id", as: Int64.self)
            }
            ids += try batch.map { d in
                guard let id = byIdentity[ExchangeIdentity(start: d.start, kind: d.kind, title: d.title)] else {
                    throw ExchangeError.notFound
                }
                return id
            }
        }
        try await writeLists(Array(zip(ids, drafts)), sql: sql)
        try await refreshLastExchanges(of: drafts.lazy.flatMap(\.partnerIds), sql: sql)
        return ids
    }

    /// Stores `drafts` as new exchanges in one transaction, auditing one `import` entry with the count; for bulk
    /// loads (benchmarks, tests) where each exchange needs no entry of its own.
    public func insertAll(_ drafts: [ExchangeDraft], actor: AuditActor) async throws -> [Int64] {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            let ids = try await withImportCache(sql: sql) {
                try await Self.insert(drafts.map(\.normalized), stamp: Timestamp.string(time), sql: sql)
            }
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .imported, entityType: .exchange, entityId: nil,
                    changes: [FieldChange(field: "created", before: nil, after: String(ids.count))]), at: time, sql: sql
            )
            return ids
        }
    }
}
