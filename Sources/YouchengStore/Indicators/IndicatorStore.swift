import Foundation
import SQLKit
import YouchengCore

/// The indicator list (categories and indicators), each indicator's yearly figures, and what the indicator table,
/// the unit scorecard and the money table read. Writes are audited in their own transaction.
public struct IndicatorStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// The tables its writes lock.
    static let tables = ["indicators", "indicator_years"]

    /// The categories, in order.
    public func categories() async throws -> [IndicatorCategory] {
        try await database.read { sql in
            try await sql.raw(
                "SELECT code, name_zh, name_en, position FROM indicator_categories ORDER BY position, code"
            ).all().map { row in
                IndicatorCategory(
                    code: try row.decode(column: "code", as: String.self),
                    nameZh: try row.decode(column: "name_zh", as: String.self),
                    nameEn: try row.decode(column: "name_en", as: String.self),
                    position: try row.decode(column: "position", as: Int.self))
            }
        }
    }

    /// Every indicator, by category position, then position and code.
    public func indicators() async throws -> [Indicator] {
        try await database.read { sql in try await Self.indicators(where: "1 = 1", sql: sql) }
    }

    /// Indicator `id`.
    public func indicator(id: Int64) async throws -> Indicator {
        let found = try await database.read { sql in try await Self.indicators(where: "i.id = \(bind: id)", sql: sql) }
        guard let indicator = found.first else { throw IndicatorError.notFound }
        return indicator
    }

    /// The figures of `year` (targets, hand-entered values and sources), by indicator.
    public func years(_ year: Int) async throws -> [IndicatorYear] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT indicator_id, year, target, value, source FROM indicator_years WHERE year = \(bind: year)
                ORDER BY indicator_id
                """
            ).all().map { row in
                IndicatorYear(
                    indicatorId: try row.decode(column: "indicator_id", as: Int64.self),
                    year: try row.decode(column: "year", as: Int.self),
                    target: try row.decode(column: "target", as: String?.self).flatMap(Double.init),
                    value: try row.decode(column: "value", as: String?.self).flatMap(Double.init),
                    source: try row.decode(column: "source", as: String.self))
            }
        }
    }

    /// The indicators matching `condition` (over `indicators i`).
    static func indicators(where condition: SQLQueryString, sql: any SQLDatabase) async throws -> [Indicator] {
        try await sql.raw(
            """
            SELECT i.id, i.code, i.category, i.name_zh, i.name_en, i.measure, i.direction, i.formula, i.position,
              i.version FROM indicators i LEFT JOIN indicator_categories c ON c.code = i.category WHERE
            """ + " " + condition + " ORDER BY c.position, i.position, i.code"
        ).all().map { row in
            let code = try row.decode(column: "formula", as: String.self)
            let formula: IndicatorFormula? =
                if code == IndicatorDraft.manual {
                    nil
                } else {
                    try row.decodeStored("formula", table: "indicators") { IndicatorFormula(rawValue: $0) }
                }
            return Indicator(
                id: try row.decode(column: "id", as: Int64.self),
                version: try row.decode(column: "version", as: Int.self),
                draft: IndicatorDraft(
                    code: try row.decode(column: "code", as: String.self),
                    category: try row.decode(column: "category", as: String.self),
                    nameZh: try row.decode(column: "name_zh", as: String.self),
                    nameEn: try row.decode(column: "name_en", as: String.self),
                    measure: try row.decode(column: "measure", as: String.self),
                    direction: try row.decodeStored("direction", table: "indicators") {
                        IndicatorDirection(rawValue: $0)
                    },
                    formula: formula,
                    position: try row.decode(column: "position", as: Int.self)))
        }
    }
}
