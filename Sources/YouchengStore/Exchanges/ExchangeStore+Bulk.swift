import SQLKit
import YouchengCore

extension ExchangeStore {
    /// Inserts new exchanges (none may exist yet with the same start, kind and title), `JSONRows.batchSize` at a time
    /// with their lists, keeping their partners' last exchange; returns their ids in order. For imports, inside the
    /// caller's transaction. `drafts` may be a lazy collection: each draft is read once, a batch at a time, so an
    /// import need not hold a second copy of its rows.
    static func insert(_ drafts: some Collection<ExchangeDraft>, stamp: String, sql: any SQLDatabase) async throws
        -> [Int64]
    {
        var ids: [Int64] = []
        ids.reserveCapacity(drafts.count)
        var partners = Set<Int64>()
        var batch: [ExchangeDraft] = []
        batch.reserveCapacity(Swift.min(drafts.count, JSONRows.batchSize))
        for draft in drafts {
            batch.append(draft)
            partners.formUnion(draft.partnerIds)
            if batch.count == JSONRows.batchSize {
                ids += try await insertBatch(batch, stamp: stamp, sql: sql)
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { ids += try await insertBatch(batch, stamp: stamp, sql: sql) }
        try await refreshLastExchanges(of: partners, sql: sql)
        return ids
    }

    /// Inserts one statement's exchanges and their lists; returns their ids in `batch`'s order.
    private static func insertBatch(_ batch: [ExchangeDraft], stamp: String, sql: any SQLDatabase) async throws
        -> [Int64]
    {
        let kinds: [JSONRows.Kind] = [
            .text, .text, .text, .text, .integer, .text, .integer, .text, .integer, .text, .text,
        ]
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
            """ + " " + rows.select(kinds, dialect: sql.dialect) + " RETURNING id"
        // The rows are inserted in the array's order and each new id is larger than the one before (SQLite's
        // AUTOINCREMENT takes the largest id plus one; PostgreSQL's identity draws its sequence row by row, as the
        // ordered rows reach the insert, and another session's draws only leave gaps): the ids in ascending order are
        // the rows' in order, whatever order RETURNING gives them in. Matching them back by start, kind and title
        // read three more columns and parsed a day for each of 300,000 rows.
        let ids = try await sql.raw(statement).all(decodingColumn: "id", as: Int64.self).sorted()
        guard ids.count == batch.count else { throw ExchangeError.notFound }
        try await writeLists(zip(ids, batch), sql: sql)
        return ids
    }

    /// Stores `drafts` as new exchanges in one transaction, auditing one `import` entry with the count; for bulk
    /// loads (benchmarks, tests) where each exchange needs no entry of its own.
    public func insertAll(_ drafts: [ExchangeDraft], actor: AuditActor) async throws -> [Int64] {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            let ids = try await withImportCache(sql: sql) {
                try await Self.insert(drafts.lazy.map(\.normalized), stamp: Timestamp.string(time), sql: sql)
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
