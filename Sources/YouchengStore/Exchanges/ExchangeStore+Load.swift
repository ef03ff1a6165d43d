import SQLKit
import YouchengCore

extension ExchangeStore {
    /// The exchanges matching `condition` (over `exchanges e`), start order then id, each with its partners,
    /// countries, domains and members: one query per table, however many exchanges.
    static func load(where condition: SQLQueryString, sql: any SQLDatabase) async throws -> [Exchange] {
        let rows = try await sql.raw(
            """
            SELECT e.id, e.title, e.start_day, e.end_day, e.kind, e.unit_id, e.leader_rank, e.people, e.outcomes,
              e.version, e.budget_fen, e.actual_fen FROM exchanges e WHERE
            """ + " " + condition + " ORDER BY e.start_day, e.id"
        ).all()
        var exchanges = try rows.map(exchange)
        guard !exchanges.isEmpty else { return [] }
        var index: [Int64: Int] = [:]
        for (i, exchange) in exchanges.enumerated() { index[exchange.id] = i }
        let scope: SQLQueryString = " JOIN exchanges e ON e.id = x.exchange_id WHERE " + condition
        for row in try await sql.raw("SELECT x.exchange_id, x.partner_id FROM exchange_partners x" + scope).all() {
            if let i = index[try row.decode(column: "exchange_id", as: Int64.self)] {
                exchanges[i].draft.partnerIds.append(try row.decode(column: "partner_id", as: Int64.self))
            }
        }
        for row in try await sql.raw("SELECT x.exchange_id, x.country FROM exchange_countries x" + scope).all() {
            if let i = index[try row.decode(column: "exchange_id", as: Int64.self)] {
                exchanges[i].draft.countries.append(try row.decode(column: "country", as: String.self))
            }
        }
        for row in try await sql.raw("SELECT x.exchange_id, x.domain_code FROM exchange_domain_links x" + scope).all() {
            if let i = index[try row.decode(column: "exchange_id", as: Int64.self)] {
                exchanges[i].draft.domains.append(try row.decode(column: "domain_code", as: String.self))
            }
        }
        let members = try await sql.raw(
            "SELECT x.exchange_id, x.name, x.unit, x.title FROM delegation_members x" + scope + " ORDER BY x.position"
        ).all()
        for row in members {
            if let i = index[try row.decode(column: "exchange_id", as: Int64.self)] {
                exchanges[i].draft.members.append(
                    DelegationMember(
                        name: try row.decode(column: "name", as: String.self),
                        unit: try row.decode(column: "unit", as: String.self),
                        title: try row.decode(column: "title", as: String.self)))
            }
        }
        return exchanges.map { exchange in
            var sorted = exchange
            sorted.draft.partnerIds.sort()
            sorted.draft.countries.sort()
            sorted.draft.domains.sort()
            return sorted
        }
    }

    private static func exchange(_ row: any SQLRow) throws -> Exchange {
        let draft = ExchangeDraft(
            title: try row.decode(column: "title", as: String.self),
            start: try row.decodeStored("start_day", table: "exchanges", Day.init(parsing:)),
            end: try row.decodeStored("end_day", table: "exchanges", Day.init(parsing:)),
            kind: try row.decodeStored("kind", table: "exchanges", ExchangeKind.init(rawValue:)),
            unitId: try row.decode(column: "unit_id", as: Int64?.self),
            rank: try row.decodeStoredIfPresent("leader_rank", table: "exchanges", LeaderRank.init(rawValue:)),
            people: try row.decode(column: "people", as: Int?.self),
            outcomes: try row.decode(column: "outcomes", as: String.self),
            budget: try row.decode(column: "budget_fen", as: Int64?.self).map(Money.init(hundredths:)),
            actual: try row.decode(column: "actual_fen", as: Int64?.self).map(Money.init(hundredths:)))
        return Exchange(
            id: try row.decode(column: "id", as: Int64.self), version: try row.decode(column: "version", as: Int.self),
            draft: draft)
    }
}
