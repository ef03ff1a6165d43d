import Foundation
import SQLKit
import YouchengCore

extension ExchangeStore {
    /// Creates an exchange (id nil) or changes one whose version is `expectedVersion`, auditing the change with its
    /// before and after values in the same transaction. Saving it unchanged writes nothing.
    public func save(_ draft: ExchangeDraft, id: Int64?, expectedVersion: Int?, actor: AuditActor) async throws
        -> Exchange
    {
        let time = now()
        let draft = draft.normalized
        return try await database.writeTransaction(locking: Self.tables) { sql in
            var before: Exchange?
            if let id {
                guard let stored = try await Self.load(where: "e.id = \(bind: id)", sql: sql).first else {
                    throw ExchangeError.notFound
                }
                if let expectedVersion, expectedVersion != stored.version {
                    throw ExchangeError.staleVersion(current: stored.version)
                }
                if stored.draft.normalized == draft { return stored }
                before = stored
            }
            if let other = try await Self.existingId(draft.start, draft.kind, draft.title, sql: sql), other != id {
                throw ExchangeError.duplicate(existingId: other)
            }
            let savedId = try await Self.write(draft, id: id, stamp: Timestamp.string(time), sql: sql)
            guard let after = try await Self.load(where: "e.id = \(bind: savedId)", sql: sql).first else {
                throw ExchangeError.notFound
            }
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: before == nil ? .create : .update, entityType: .exchange,
                    entityId: String(savedId),
                    changes: FieldChange.changes(from: before?.auditValues, to: after.auditValues)),
                at: time, sql: sql)
            return after
        }
    }

    /// Deletes exchange `id` at `expectedVersion` (any, when nil), auditing its last values; returns it as it was.
    public func delete(id: Int64, expectedVersion: Int?, actor: AuditActor) async throws -> Exchange {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            guard let before = try await Self.load(where: "e.id = \(bind: id)", sql: sql).first else {
                throw ExchangeError.notFound
            }
            if let expectedVersion, expectedVersion != before.version {
                throw ExchangeError.staleVersion(current: before.version)
            }
            try await sql.raw("DELETE FROM exchanges WHERE id = \(bind: id)").run()
            try await Self.refreshLastExchanges(of: before.draft.partnerIds, sql: sql)
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .delete, entityType: .exchange, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: nil)), at: time, sql: sql)
            return before
        }
    }

    /// The id of the exchange with this start, kind and title, if any.
    static func existingId(_ start: Day, _ kind: ExchangeKind, _ title: String, sql: any SQLDatabase) async throws
        -> Int64?
    {
        try await sql.raw(
            """
            SELECT id FROM exchanges WHERE start_day = \(bind: start.description) AND kind = \(bind: kind.rawValue)
              AND title = \(bind: title)
            """
        ).first(decodingColumn: "id", as: Int64.self)
    }

    /// Inserts or updates the exchange row and replaces its lists, keeping the last exchange of its partners before
    /// and after; returns its id.
    static func write(_ draft: ExchangeDraft, id: Int64?, stamp: String, sql: any SQLDatabase) async throws -> Int64 {
        let savedId: Int64
        var partnersBefore: [Int64] = []
        if let id {
            partnersBefore = try await sql.raw(
                "SELECT partner_id FROM exchange_partners WHERE exchange_id = \(bind: id)"
            ).all(decodingColumn: "partner_id", as: Int64.self)
            try await sql.raw(
                """
                UPDATE exchanges SET title = \(bind: draft.title), start_day = \(bind: draft.start.description),
                  end_day = \(bind: draft.end.description), kind = \(bind: draft.kind.rawValue),
                  unit_id = \(bind: draft.unitId), leader_rank = \(bind: draft.rank?.rawValue),
                  people = \(bind: draft.people), outcomes = \(bind: draft.outcomes),
                  budget_fen = \(bind: draft.budget?.hundredths), actual_fen = \(bind: draft.actual?.hundredths), version = version + 1,
                  updated_at = \(bind: stamp) WHERE id = \(bind: id)
                """
            ).run()
            for table in ["exchange_partners", "exchange_countries", "exchange_domain_links", "delegation_members"] {
                try await sql.raw("DELETE FROM \(ident: table) WHERE exchange_id = \(bind: id)").run()
            }
            savedId = id
        } else {
            let inserted = try await sql.raw(
                """
                INSERT INTO exchanges (title, start_day, end_day, kind, unit_id, leader_rank, people, outcomes, version,
                  created_at, updated_at, budget_fen, actual_fen)
                VALUES (\(bind: draft.title), \(bind: draft.start.description), \(bind: draft.end.description),
                  \(bind: draft.kind.rawValue), \(bind: draft.unitId), \(bind: draft.rank?.rawValue), \(bind: draft.people),
                  \(bind: draft.outcomes), 1, \(bind: stamp), \(bind: stamp), \(bind: draft.budget?.hundredths),
                  \(bind: draft.actual?.hundredths))
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
            guard let inserted else { throw ExchangeError.notFound }
            savedId = inserted
        }
        try await writeLists([(savedId, draft)], sql: sql)
        try await refreshLastExchanges(of: partnersBefore + draft.partnerIds, sql: sql)
        return savedId
    }

    /// Inserts the partner, country, domain and member rows of each exchange (none stored yet), a table at a time.
    static func writeLists(_ items: some Sequence<(Int64, ExchangeDraft)>, sql: any SQLDatabase) async throws {
        for statement in listStatements(items, dialect: sql.dialect) { try await sql.raw(statement).run() }
    }

    /// The statements inserting the partner, country, domain and member rows of each exchange (none stored yet), a
    /// table at a time, `JSONRows.batchSize` rows a statement carried in one JSON array. Each row is appended straight
    /// to the array: two million list rows, each first built as an array of values inside an array per exchange,
    /// cost seconds. Built apart from running them, so a bulk insert builds the next batch's while the database runs
    /// this one's. `into` begins each (`INSERT INTO`, or a bulk insert's own, ``insertInto(_:)``).
    static func listStatements(
        _ items: some Sequence<(Int64, ExchangeDraft)>, dialect: any SQLDialect, into: SQLQueryString = "INSERT INTO"
    ) -> [SQLQueryString] {
        var statements: [SQLQueryString] = []
        func insert(
            _ table: SQLQueryString, _ kinds: [JSONRows.Kind], _ rows: (Int64, ExchangeDraft, inout JSONRows) -> Void
        ) {
            var batch = JSONRows(dialect: dialect)
            for (id, draft) in items {
                rows(id, draft, &batch)
                if batch.count >= JSONRows.batchSize {
                    statements.append(into + table + batch.select(kinds, dialect: dialect))
                    batch = JSONRows(dialect: dialect)
                }
            }
            if batch.count > 0 { statements.append(into + table + batch.select(kinds, dialect: dialect)) }
        }
        insert(" exchange_partners (exchange_id, partner_id) ", [.integer, .integer]) { id, d, rows in
            for partner in d.partnerIds { rows.append([.integer(id), .integer(partner)]) }
        }
        insert(" exchange_countries (exchange_id, country) ", [.integer, .text]) { id, d, rows in
            for country in d.countries { rows.append([.integer(id), .text(country)]) }
        }
        insert(" exchange_domain_links (exchange_id, domain_code) ", [.integer, .text]) { id, d, rows in
            for domain in d.domains { rows.append([.integer(id), .text(domain)]) }
        }
        insert(
            " delegation_members (exchange_id, position, name, unit, title) ",
            [.integer, .integer, .text, .text, .text]
        ) { id, d, rows in
            for (position, member) in d.members.enumerated() {
                rows.append([
                    .integer(id), .integer(Int64(position)), .text(member.name), .text(member.unit),
                    .text(member.title),
                ])
            }
        }
        return statements
    }
}
