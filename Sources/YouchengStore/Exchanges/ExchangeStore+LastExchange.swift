import SQLKit
import YouchengCore

extension ExchangeStore {
    /// Each partner's latest exchange start on or before `asOf`, by partner id (partners never involved absent).
    /// Read from the kept last exchange per partner; a partner whose last exchange lies after `asOf` (a planned one,
    /// or every one after a past day) has its latest day on or before `asOf` found by one seek in
    /// `partner_exchange_days`, not by grouping its exchanges.
    public func lastExchanges(asOf: Day) async throws -> [Int64: Day] {
        try await database.read { sql in
            let day = asOf.description
            let rows = try await sql.raw(
                """
                SELECT partner_id, last_day FROM partner_last_exchanges WHERE last_day <= \(bind: day)
                UNION ALL
                SELECT l.partner_id, (
                  SELECT MAX(d.day) FROM partner_exchange_days d WHERE d.partner_id = l.partner_id AND d.day <= \(bind: day)
                ) AS last_day
                FROM partner_last_exchanges l WHERE l.last_day > \(bind: day)
                """
            ).all()
            var out: [Int64: Day] = [:]
            // A partner whose every exchange lies after `asOf` comes with none; filtered here, since PostgreSQL would
            // run the seek twice to filter it in SQL.
            for row in rows where try !row.decodeNil(column: "last_day") {
                out[try row.decode(column: "partner_id", as: Int64.self)] = try row.decodeStored(
                    "last_day", table: "partner_last_exchanges", idColumn: "partner_id", Day.init(parsing:))
            }
            return out
        }
    }

    /// Recomputes the kept exchange days and last exchange of `partnerIds` from the stored exchanges, inside the
    /// caller's transaction: every write of exchanges or of their partners calls it with the partners before and
    /// after. The last exchange is each partner's latest kept day, so the exchanges are joined once.
    static func refreshLastExchanges(of partnerIds: some Sequence<Int64>, sql: any SQLDatabase) async throws {
        for batch in Set(partnerIds).sorted().chunked(500) {
            let ids = list(Array(batch))
            try await sql.raw("DELETE FROM partner_exchange_days WHERE partner_id IN (" + ids + ")").run()
            try await sql.raw(
                """
                INSERT INTO partner_exchange_days (partner_id, day)
                SELECT DISTINCT ep.partner_id, e.start_day FROM exchange_partners ep JOIN exchanges e ON e.id = ep.exchange_id
                WHERE ep.partner_id IN (
                """ + ids + ")"
            ).run()
            try await sql.raw("DELETE FROM partner_last_exchanges WHERE partner_id IN (" + ids + ")").run()
            try await sql.raw(
                """
                INSERT INTO partner_last_exchanges (partner_id, last_day)
                SELECT partner_id, MAX(day) FROM partner_exchange_days WHERE partner_id IN (
                """ + ids + ") GROUP BY partner_id"
            ).run()
        }
    }

    /// Recomputes the kept exchange days and last exchange of every partner with an exchange: after a restore from a
    /// backup written before either table existed.
    static func refreshAllLastExchanges(sql: any SQLDatabase) async throws {
        let partners = try await sql.raw("SELECT DISTINCT partner_id FROM exchange_partners").all(
            decodingColumn: "partner_id", as: Int64.self)
        try await refreshLastExchanges(of: partners, sql: sql)
    }
}
