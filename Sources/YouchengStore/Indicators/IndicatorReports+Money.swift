import SQLKit
import YouchengCore

extension IndicatorReports {
    /// The money table of `year`: the budgets and actual amounts of the exchanges starting in it, by unit and by
    /// partner, plus ``projectMoneyLines(year:)``.
    public func money(year: Int) async throws -> MoneyTable {
        guard let first = Day(year: year, month: 1, day: 1), let last = Day(year: year, month: 12, day: 31) else {
            throw Self.badYear(year)
        }
        let lines = try await database.read { sql in try await Self.exchangeMoney(from: first, to: last, sql: sql) }
        return MoneyTable(lines: lines + (try await projectMoneyLines(year: year)))
    }

    /// The exchanges starting from `first` to `last` with an amount, each with its unit and partners: two queries.
    static func exchangeMoney(from first: Day, to last: Day, sql: any SQLDatabase) async throws -> [MoneyTable.Line] {
        let period: SQLQueryString = """
            e.start_day >= \(bind: first.description) AND e.start_day <= \(bind: last.description)
              AND (e.budget_fen IS NOT NULL OR e.actual_fen IS NOT NULL)
            """
        var partners: [Int64: [Int64]] = [:]
        for row in try await sql.raw(
            "SELECT x.exchange_id, x.partner_id FROM exchange_partners x JOIN exchanges e ON e.id = x.exchange_id WHERE "
                + period
        ).all() {
            partners[try row.decode(column: "exchange_id", as: Int64.self), default: []].append(
                try row.decode(column: "partner_id", as: Int64.self))
        }
        return try await sql.raw(
            "SELECT e.id, e.unit_id, e.budget_fen, e.actual_fen FROM exchanges e WHERE " + period + " ORDER BY e.id"
        ).all().map { row in
            let id = try row.decode(column: "id", as: Int64.self)
            return MoneyTable.Line(
                source: "exchange", unitId: try row.decode(column: "unit_id", as: Int64?.self),
                partnerIds: partners[id] ?? [],
                budget: try row.decode(column: "budget_fen", as: Int64?.self).map(Money.init(hundredths:)),
                actual: try row.decode(column: "actual_fen", as: Int64?.self).map(Money.init(hundredths:)))
        }
    }
}
