import SQLKit
import YouchengCore

extension ExchangeStore {
    /// One page of the exchanges `query` matches, in its order, with the total over all pages. Filtering, counting
    /// and paging happen in SQL; only the page's exchanges are loaded.
    public func list(_ query: ExchangeQuery) async throws -> ExchangePage {
        try await database.read { sql in
            let condition = Self.condition(query)
            let total =
                try await sql.raw("SELECT COUNT(*) AS n FROM exchanges e WHERE " + condition)
                .first(decodingColumn: "n", as: Int.self) ?? 0
            let offset = (query.page - 1) * query.per
            let ids = try await Self.orderedIds(
                condition, query: query, suffix: " LIMIT \(bind: query.per) OFFSET \(bind: offset)", sql: sql)
            return ExchangePage(
                items: try await Self.loadInOrder(ids: ids, sql: sql), total: total, page: query.page,
                per: query.per)
        }
    }

    /// Every exchange `query` matches, in its order, all pages (for exports).
    public func all(_ query: ExchangeQuery) async throws -> [Exchange] {
        try await database.read { sql in
            let ids = try await Self.orderedIds(Self.condition(query), query: query, suffix: "", sql: sql)
            return try await Self.loadInOrder(ids: ids, sql: sql)
        }
    }

    /// The ids matching `condition` in the query's order (ties by id, in the same direction).
    private static func orderedIds(
        _ condition: SQLQueryString, query: ExchangeQuery, suffix: SQLQueryString, sql: any SQLDatabase
    ) async throws -> [Int64] {
        let direction = query.descending ? " DESC" : " ASC"
        let order: String =
            switch query.sort {
            case .start: "e.start_day" + direction
            case .kind: "e.kind" + direction + ", e.start_day DESC"
            case .title: "e.title" + direction + ", e.start_day DESC"
            // Unrecorded head counts go last either way.
            case .people: "CASE WHEN e.people IS NULL THEN 1 ELSE 0 END, e.people" + direction + ", e.start_day DESC"
            }
        let statement: SQLQueryString =
            "SELECT e.id FROM exchanges e WHERE " + condition + " ORDER BY " + SQLQueryString(order) + ", e.id"
            + SQLQueryString(direction) + suffix
        return try await sql.raw(statement).all().map { try $0.decode(column: "id", as: Int64.self) }
    }

    /// The exchanges with `ids`, in the order of `ids`.
    static func loadInOrder(ids: [Int64], sql: any SQLDatabase) async throws -> [Exchange] {
        let loaded = try await load(ids: ids, sql: sql)
        let byId = Dictionary(loaded.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ids.compactMap { byId[$0] }
    }

    /// The query's filters as a condition over `exchanges e`, every value bound.
    static func condition(_ query: ExchangeQuery) -> SQLQueryString {
        var parts: [SQLQueryString] = ["1 = 1"]
        if let from = query.from { parts.append("e.start_day >= \(bind: from.description)") }
        if let to = query.to { parts.append("e.start_day <= \(bind: to.description)") }
        if !query.kinds.isEmpty { parts.append("e.kind IN (" + list(query.kinds.map(\.rawValue)) + ")") }
        if let partner = query.partnerId {
            parts.append("e.id IN (SELECT exchange_id FROM exchange_partners WHERE partner_id = \(bind: partner))")
        }
        if !query.countries.isEmpty {
            parts.append(
                "e.id IN (SELECT exchange_id FROM exchange_countries WHERE country IN (" + list(query.countries)
                    + "))")
        }
        if let unit = query.unitId { parts.append("e.unit_id = \(bind: unit)") }
        if let domain = query.domain {
            parts.append(
                "e.id IN (SELECT exchange_id FROM exchange_domain_links WHERE domain_code = \(bind: domain))")
        }
        if let rank = query.rank { parts.append("e.leader_rank = \(bind: rank.rawValue)") }
        var condition: SQLQueryString = "("
        for (n, part) in parts.enumerated() { condition = condition + (n == 0 ? "" : " AND ") + part }
        return condition + ")"
    }

    /// `?, ?, ?` with each value bound.
    static func list(_ values: [some Encodable & Sendable]) -> SQLQueryString {
        var out: SQLQueryString = ""
        for (n, value) in values.enumerated() { out = out + (n == 0 ? "" : ", ") + "\(bind: value)" }
        return out
    }
}
