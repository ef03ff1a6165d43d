import SQLKit
import YouchengCore

extension ExchangeStore {
    /// Inserts new exchanges (none may exist yet with the same start, kind and title) in batches, with their lists,
    /// keeping their partners' last exchange; returns their ids in order. For imports, inside the caller's transaction.
    static func insert(_ drafts: [ExchangeDraft], stamp: String, sql: any SQLDatabase) async throws -> [Int64] {
        var ids: [Int64] = []
        ids.reserveCapacity(drafts.count)
        // Ten values a row: 2,000 rows stay inside SQLite's 32,766 and PostgreSQL's 65,535 bindings. `+=` appends in
        // place; `statement = statement + …` would copy the growing statement for every row.
        for batch in drafts.chunked(2_000) {
            var statement: SQLQueryString = """
                INSERT INTO exchanges (title, start_day, end_day, kind, unit_id, leader_rank, people, outcomes, version,
                  created_at, updated_at) VALUES
                """
            for (n, d) in batch.enumerated() {
                statement += (n == 0 ? " " : ", ") as SQLQueryString
                statement +=
                    "(\(bind: d.title), \(bind: d.start.description), \(bind: d.end.description), \(bind: d.kind.rawValue), \(bind: d.unitId), \(bind: d.rank?.rawValue), \(bind: d.people), \(bind: d.outcomes), 1, \(bind: stamp), \(bind: stamp))"
            }
            // Matched back by start, kind and title (unique), not by the order RETURNING happens to give.
            var byIdentity: [String: Int64] = [:]
            for row in try await sql.raw(statement + " RETURNING id, start_day, kind, title").all() {
                let key = [
                    try row.decode(column: "start_day", as: String.self),
                    try row.decode(column: "kind", as: String.self),
                    try row.decode(column: "title", as: String.self),
                ].joined(separator: "\u{1F}")
                byIdentity[key] = try row.decode(column: "id", as: Int64.self)
            }
            let returned = try batch.map { d in
                guard let id = byIdentity[[d.start.description, d.kind.rawValue, d.title].joined(separator: "\u{1F}")]
                else { throw ExchangeError.notFound }
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
            let ids = try await Self.insert(drafts.map(\.normalized), stamp: Timestamp.string(time), sql: sql)
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .imported, entityType: .exchange, entityId: nil,
                    changes: [FieldChange(field: "created", before: nil, after: String(ids.count))]), at: time, sql: sql
            )
            return ids
        }
    }
}
