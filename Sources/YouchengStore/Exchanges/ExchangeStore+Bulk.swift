import SQLKit
import YouchengCore

extension ExchangeStore {
    /// Inserts new exchanges (none may exist yet with the same start, kind and title) in batches, with their lists,
    /// keeping their partners' last exchange; returns their ids in order. For imports, inside the caller's transaction.
    static func insert(_ drafts: [ExchangeDraft], stamp: String, sql: any SQLDatabase) async throws -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(drafts.count)
        let columns = [
            ("title", "text"), ("start_day", "text"), ("end_day", "text"), ("kind", "text"), ("unit_id", "bigint"),
            ("leader_rank", "text"), ("people", "integer"), ("outcomes", "text"), ("version", "integer"),
            ("created_at", "text"), ("updated_at", "text"),
        ].map { JSONRows.Column(name: $0.0, type: $0.1) }
        for batch in drafts.chunked(20_000) {
            var rows = JSONRows()
            for d in batch {
                rows.row()
                rows.add(d.title)
                rows.add(d.start.description)
                rows.add(d.end.description)
                rows.add(d.kind.rawValue)
                rows.add(d.unitId)
                rows.add(d.rank?.rawValue)
                rows.add(d.people)
                rows.add(d.outcomes)
                rows.add(1)
                rows.add(stamp)
                rows.add(stamp)
            }
            // Matched back by start, kind and title (unique), not by the order RETURNING happens to give.
            var byIdentity: [ExchangeIdentity: Int64] = [:]
            byIdentity.reserveCapacity(batch.count)
            for row in try await rows.insert(
                into: "exchanges", columns, suffix: "RETURNING id, start_day, kind, title", sql: sql)
            {
                let start = try row.decodeStored("start_day", table: "exchanges", Day.init(parsing:))
                let kind = try row.decodeStored("kind", table: "exchanges", ExchangeKind.init(rawValue:))
                let identity = ExchangeIdentity(
                    start: start, kind: kind, title: try row.decode(column: "title", as: String.self))
                byIdentity[identity] = try row.decode(column: "id", as: Int64.self)
            }
            let returned = try batch.map { d in
                guard let id = byIdentity[ExchangeIdentity(start: d.start, kind: d.kind, title: d.title)] else {
                    throw ExchangeError.notFound
                }
                return id
            }
            ids += returned
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
