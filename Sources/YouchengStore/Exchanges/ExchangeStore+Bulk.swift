import SQLKit
import YouchengCore

extension ExchangeStore {
    /// Inserts `count` new exchanges (none may exist yet with the same start, kind and title), the n-th made by
    /// `draft(n)`, `JSONRows.batchSize` at a time with their lists and, when `actor` is given, one `create` entry
    /// each; keeps their partners' last exchange; returns their ids in order. For imports, inside the caller's
    /// transaction. The ids are drawn first (``newIds(_:sql:)``), so each batch's statements are built by a task of
    /// their own while the database runs the batch before: building (drafts, JSON, audit entries) and storing ran one
    /// after the other on one core. A draft is made when its batch is built and let go with it: an import need not
    /// hold a second copy of its rows.
    static func insert(
        count: Int, draft: @escaping @Sendable (Int) -> ExchangeDraft, auditing actor: AuditActor?, stamp: String,
        sql: any SQLDatabase
    ) async throws -> [Int64] {
        let ids = try await newIds(count, sql: sql)
        let dialect = sql.dialect
        if dialect.name == "sqlite" {
            // Foreign keys are checked at COMMIT (the setting ends with the transaction): with `INSERT OR FAIL` no
            // statement can need undoing alone, so SQLite keeps no statement journal, a copy of each page a statement
            // first changes (5% of the import's time). A failing statement still fails the whole import, as the
            // transaction is rolled back.
            try await sql.raw("PRAGMA defer_foreign_keys = ON").run()
        }
        let build: @Sendable (Range<Int>) throws -> BulkBatch = { range in
            try BulkBatch(ids: ids[range], drafts: range.map(draft), actor: actor, stamp: stamp, dialect: dialect)
        }
        let batches = stride(from: 0, to: count, by: JSONRows.batchSize).map {
            $0..<Swift.min($0 + JSONRows.batchSize, count)
        }
        var partners = Set<Int64>()
        var next = batches.first.map { range in Task { try build(range) } }
        defer { next?.cancel() }
        for n in batches.indices {
            guard let current = next else { break }
            let batch = try await current.value
            next = n + 1 < batches.count ? Task { [range = batches[n + 1]] in try build(range) } : nil
            for statement in batch.statements { try await sql.raw(statement).run() }
            partners.formUnion(batch.partners)
        }
        try await refreshLastExchanges(of: partners, sql: sql)
        return ids
    }

    /// One batch's statements, built apart from running them: its exchanges with their ids, their lists, their audit
    /// entries (when audited), and the partners they name.
    struct BulkBatch: Sendable {
        var statements: [SQLQueryString] = []
        var partners = Set<Int64>()

        init(
            ids: ArraySlice<Int64>, drafts: [ExchangeDraft], actor: AuditActor?, stamp: String,
            dialect: any SQLDialect
        ) throws {
            let kinds: [JSONRows.Kind] = [
                .integer, .text, .text, .text, .text, .integer, .text, .integer, .text, .integer, .text, .text,
                .integer, .integer,
            ]
            var rows = JSONRows(dialect: dialect)
            for (id, d) in zip(ids, drafts) {
                rows.append([
                    .integer(id), .text(d.title), .text(d.start.description), .text(d.end.description),
                    .text(d.kind.rawValue), .integer(d.unitId), .text(d.rank?.rawValue),
                    .integer(d.people.map(Int64.init)), .text(d.outcomes), .integer(1), .text(stamp), .text(stamp),
                    .integer(d.budget?.hundredths), .integer(d.actual?.hundredths),
                ])
                partners.formUnion(d.partnerIds)
            }
            let into = insertInto(dialect)
            statements.append(
                into
                    + """
                         exchanges (id, title, start_day, end_day, kind, unit_id, leader_rank, people, outcomes,
                      version, created_at, updated_at, budget_fen, actual_fen)
                    """ + " " + rows.select(kinds, dialect: dialect))
            statements += listStatements(zip(ids, drafts), dialect: dialect, into: into)
            if let actor {
                statements.append(
                    try AuditStore.insertStatement(
                        zip(ids, drafts).lazy.map { id, draft in
                            auditEvent(
                                .create, before: nil, after: Exchange(id: id, version: 1, draft: draft), actor: actor)
                        }, stamp: stamp, dialect: dialect, into: into))
            }
        }
    }

    /// How a bulk insert's statements begin: `INSERT OR FAIL INTO` on SQLite (see ``insert(count:draft:auditing:stamp:sql:)``),
    /// `INSERT INTO` on PostgreSQL.
    static func insertInto(_ dialect: any SQLDialect) -> SQLQueryString {
        dialect.name == "sqlite" ? "INSERT OR FAIL INTO" : "INSERT INTO"
    }

    /// `count` ids for new exchanges, ascending, taken as the database would give them: on SQLite each one more than
    /// the largest id ever used (AUTOINCREMENT's rule, kept by `sqlite_sequence` as the rows are inserted), on
    /// PostgreSQL drawn from the identity's sequence. Only inside a write transaction that locks `exchanges`.
    static func newIds(_ count: Int, sql: any SQLDatabase) async throws -> [Int64] {
        guard count > 0 else { return [] }
        if sql.dialect.name == "postgresql" {
            var ids: [Int64] = []
            ids.reserveCapacity(count)
            for start in stride(from: 0, to: count, by: JSONRows.batchSize) {
                let n = Swift.min(JSONRows.batchSize, count - start)
                ids += try await sql.raw(
                    """
                    SELECT nextval(pg_get_serial_sequence('exchanges', 'id')) AS id FROM generate_series(1, \(bind: n))
                    """
                ).all(decodingColumn: "id", as: Int64.self).sorted()
            }
            return ids
        }
        let last =
            try await sql.raw(
                """
                SELECT MAX(COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'exchanges'), 0),
                  COALESCE((SELECT MAX(id) FROM exchanges), 0)) AS last
                """
            ).first(decodingColumn: "last", as: Int64.self) ?? 0
        return (1...Int64(count)).map { last + $0 }
    }

    /// Stores `drafts` as new exchanges in one transaction, auditing one `import` entry with the count; for bulk
    /// loads (benchmarks, tests) where each exchange needs no entry of its own.
    public func insertAll(_ drafts: [ExchangeDraft], actor: AuditActor) async throws -> [Int64] {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            let ids = try await withImportCache(sql: sql) {
                try await Self.insert(
                    count: drafts.count, draft: { drafts[$0].normalized }, auditing: nil,
                    stamp: Timestamp.string(time), sql: sql)
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
