import SQLKit
import YouchengCore

extension ExchangeStore {
    /// The activity tally of the exchanges starting from `from` to `to` (both included), only those organized by
    /// `unitIds` when given: counted by the database in groups over the start-day index instead of loading the
    /// period's exchanges. `unitNames` labels the units as `ActivityReport.unitLabel` does.
    ///
    /// The five counts run side by side, each on a reader of its own (the countries and domains, a join per
    /// exchange, take most of the time), so a write that lands meanwhile may be in some counts and not yet in others,
    /// as when the period's exchanges were loaded table by table.
    public func activityTally(from: Day, to: Day, unitIds: [Int64]?, unitNames: [Int64: String]) async throws
        -> ActivityReport.Tally
    {
        if let unitIds, unitIds.isEmpty { return ActivityReport.Tally() }
        var condition: SQLQueryString =
            "e.start_day >= \(bind: from.description) AND e.start_day <= \(bind: to.description)"
        if let unitIds { condition = condition + " AND e.unit_id IN (" + Self.list(unitIds) + ")" }
        let period = condition
        async let groups = database.read { sql in try await Self.kindGroups(period, sql: sql) }
        async let units = database.read { sql in try await Self.unitCounts(period, sql: sql) }
        let ids = periodIds(period)
        async let domains = database.read { sql in
            try await Self.linkCounts("exchange_domain_links", "domain_code", ids, sql: sql)
        }
        async let countries = database.read { sql in
            try await Self.linkCounts("exchange_countries", "country", ids, sql: sql)
        }
        async let toPartners = database.read { sql in
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM exchanges e WHERE " + period
                    + " AND e.kind = \(bind: ExchangeKind.outgoingDelegation.rawValue)"
                    + " AND EXISTS (SELECT 1 FROM exchange_partners x WHERE x.exchange_id = e.id)"
            ).first(decodingColumn: "n", as: Int.self) ?? 0
        }
        var tally = ActivityReport.Tally()
        for group in try await groups {
            tally.add(kind: group.kind, rank: group.rank, count: group.count, people: group.people)
        }
        for (unit, count) in try await units { tally.add(unit: unit, count: count, unitNames: unitNames) }
        tally.domains = try await domains
        tally.countries = try await countries
        tally.outgoingToPartners = try await toPartners
        return tally
    }

    /// The exchanges matching `condition` by kind and leader rank, with their head counts summed.
    private static func kindGroups(_ condition: SQLQueryString, sql: any SQLDatabase) async throws
        -> [(kind: ExchangeKind, rank: LeaderRank?, count: Int, people: Int)]
    {
        // MIN(e.id) names a row should a stored kind or rank be one this program does not know.
        try await sql.raw(
            "SELECT e.kind, e.leader_rank, MIN(e.id) AS id, COUNT(*) AS n, SUM(COALESCE(e.people, 0)) AS people"
                + " FROM exchanges e WHERE " + condition + " GROUP BY e.kind, e.leader_rank"
        ).all().map { row in
            (
                try row.decodeStored("kind", table: "exchanges", ExchangeKind.init(rawValue:)),
                try row.decodeStoredIfPresent("leader_rank", table: "exchanges", LeaderRank.init(rawValue:)),
                try row.decode(column: "n", as: Int.self), try row.decode(column: "people", as: Int.self)
            )
        }
    }

    /// The exchanges matching `condition` by organizing unit (nil: none).
    private static func unitCounts(_ condition: SQLQueryString, sql: any SQLDatabase) async throws
        -> [(unit: Int64?, count: Int)]
    {
        try await sql.raw(
            "SELECT e.unit_id, COUNT(*) AS n FROM exchanges e WHERE " + condition + " GROUP BY e.unit_id"
        ).all().map { row in
            (try row.decode(column: "unit_id", as: Int64?.self), try row.decode(column: "n", as: Int.self))
        }
    }

    /// `x.exchange_id` among the ids of the exchanges matching `condition`. PostgreSQL is handed them as one array,
    /// which it looks up in the link table's key (a year: 60 ms instead of 100 ms hashing the whole table); SQLite
    /// looks them up in id order.
    private func periodIds(_ condition: SQLQueryString) -> SQLQueryString {
        let ids: SQLQueryString = "SELECT e.id FROM exchanges e WHERE " + condition
        return switch database.dialect {
        case .sqlite: "x.exchange_id IN (" + ids + ")"
        case .postgres: "x.exchange_id = ANY (ARRAY(" + ids + "))"
        }
    }

    /// The link table `table`'s rows matching `filter` (over `x`) counted by `column` (the table is keyed by exchange
    /// and `column`, so each exchange counts once per value). Both names are fixed by the caller, never a value.
    private static func linkCounts(
        _ table: String, _ column: String, _ filter: SQLQueryString, sql: any SQLDatabase
    ) async throws -> [String: Int] {
        var out: [String: Int] = [:]
        let statement: SQLQueryString =
            "SELECT x.\(ident: column) AS code, COUNT(*) AS n FROM \(ident: table) x WHERE " + filter
            + " GROUP BY x.\(ident: column)"
        for row in try await sql.raw(statement).all() {
            out[try row.decode(column: "code", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        return out
    }
}
