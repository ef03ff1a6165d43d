import SQLKit
import YouchengCore

extension ExchangeStore {
    /// The activity tally of the exchanges starting from `from` to `to` (both included), only those organized by
    /// `unitIds` when given: counted by the database in groups over the start-day index, in one consistent read,
    /// instead of loading the period's exchanges. `unitNames` labels the units as `ActivityReport.unitLabel` does.
    public func activityTally(from: Day, to: Day, unitIds: [Int64]?, unitNames: [Int64: String]) async throws
        -> ActivityReport.Tally
    {
        if let unitIds, unitIds.isEmpty { return ActivityReport.Tally() }
        var condition: SQLQueryString =
            "e.start_day >= \(bind: from.description) AND e.start_day <= \(bind: to.description)"
        if let unitIds { condition = condition + " AND e.unit_id IN (" + Self.list(unitIds) + ")" }
        return try await database.snapshot { [condition] sql in
            var tally = ActivityReport.Tally()
            // MIN(e.id) names a row should a stored kind or rank be one this program does not know.
            for row in try await sql.raw(
                "SELECT e.kind, e.leader_rank, MIN(e.id) AS id, COUNT(*) AS n, SUM(COALESCE(e.people, 0)) AS people"
                    + " FROM exchanges e WHERE " + condition + " GROUP BY e.kind, e.leader_rank"
            ).all() {
                tally.add(
                    kind: try row.decodeStored("kind", table: "exchanges", ExchangeKind.init(rawValue:)),
                    rank: try row.decodeStoredIfPresent("leader_rank", table: "exchanges", LeaderRank.init(rawValue:)),
                    count: try row.decode(column: "n", as: Int.self),
                    people: try row.decode(column: "people", as: Int.self))
            }
            for row in try await sql.raw(
                "SELECT e.unit_id, COUNT(*) AS n FROM exchanges e WHERE " + condition + " GROUP BY e.unit_id"
            ).all() {
                tally.add(
                    unit: try row.decode(column: "unit_id", as: Int64?.self),
                    count: try row.decode(column: "n", as: Int.self),
                    unitNames: unitNames)
            }
            tally.domains = try await Self.linkCounts("exchange_domain_links", "domain_code", condition, sql: sql)
            tally.countries = try await Self.linkCounts("exchange_countries", "country", condition, sql: sql)
            tally.outgoingToPartners =
                try await sql.raw(
                    "SELECT COUNT(*) AS n FROM exchanges e WHERE " + condition
                        + " AND e.kind = \(bind: ExchangeKind.outgoingDelegation.rawValue)"
                        + " AND EXISTS (SELECT 1 FROM exchange_partners x WHERE x.exchange_id = e.id)"
                ).first(decodingColumn: "n", as: Int.self) ?? 0
            return tally
        }
    }

    /// The exchanges matching `condition` counted by `column` of the link table `table` (keyed by exchange and
    /// `column`, so each exchange counts once per value). Both names are fixed by the caller, never a value.
    private static func linkCounts(
        _ table: String, _ column: String, _ condition: SQLQueryString, sql: any SQLDatabase
    ) async throws -> [String: Int] {
        var out: [String: Int] = [:]
        let statement: SQLQueryString =
            "SELECT x.\(ident: column) AS code, COUNT(*) AS n FROM \(ident: table) x JOIN exchanges e ON e.id = x.exchange_id"
            + " WHERE " + condition + " GROUP BY x.\(ident: column)"
        for row in try await sql.raw(statement).all() {
            out[try row.decode(column: "code", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        return out
    }
}
