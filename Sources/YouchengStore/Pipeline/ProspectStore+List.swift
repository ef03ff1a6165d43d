import Foundation
import SQLKit
import YouchengCore

extension ProspectStore {
    /// The prospects `query` asks for (home with the localities under it, unit, stage, country; combined), sorted
    /// and a page at a time; without their histories.
    public func list(_ query: ProspectQuery) async throws -> ProspectPage {
        let filter = condition(query)
        let offset = (query.page - 1) * query.per
        return try await database.read { sql in
            let total =
                try await sql.raw("SELECT COUNT(*) AS c FROM prospects WHERE " + filter).first(
                    decodingColumn: "c", as: Int.self) ?? 0
            let items = try await sql.raw(
                Self.columns + " WHERE " + filter + " ORDER BY " + Self.order(query)
                    + " LIMIT \(bind: query.per) OFFSET \(bind: offset)"
            ).all().map { try Self.prospect($0) }
            return ProspectPage(items: items, total: total, page: query.page, per: query.per)
        }
    }

    /// Every prospect `query`'s filters select, in its order, on every page (for the exports); without histories.
    public func all(_ query: ProspectQuery) async throws -> [Prospect] {
        let filter = condition(query)
        return try await database.read { sql in
            try await sql.raw(Self.columns + " WHERE " + filter + " ORDER BY " + Self.order(query)).all().map {
                try Self.prospect($0)
            }
        }
    }

    /// `query`'s sort as SQL, entry order breaking ties.
    private static func order(_ query: ProspectQuery) -> SQLQueryString {
        let direction: SQLQueryString = query.descending ? " DESC" : " ASC"
        let order: SQLQueryString =
            switch query.sort {
            case .name: "CASE WHEN name = '' THEN name_zh ELSE name END" + direction
            case .country: "country" + direction
            case .home: "home_code" + direction
            case .stage: Self.stageOrder + direction + ", stage_date DESC"
            case .date: "stage_date" + direction
            case .id: "id" + direction
            }
        return order + ", id"
    }

    /// Prospects whose current stage began in `year` (stage days are ISO text, so they compare as text).
    static func stageYear(_ year: Int) -> SQLQueryString {
        "stage_date >= \(bind: "\(year)-01-01") AND stage_date <= \(bind: "\(year)-12-31")"
    }

    /// The stages' pipeline order as SQL (fixed codes, never values).
    static var stageOrder: SQLQueryString {
        let cases = ProspectStage.allCases.enumerated().map { "WHEN '\($1.rawValue)' THEN \($0)" }
        return SQLQueryString("CASE stage " + cases.joined(separator: " ") + " ELSE 99 END")
    }

    private func condition(_ query: ProspectQuery) -> SQLQueryString {
        var conditions: [SQLQueryString] = []
        if let home = query.home {
            conditions.append("home_code IN (\(binds: registry.reference.localities.subtree(of: home.code)))")
        }
        if let unit = query.unitId { conditions.append("unit_id = \(bind: unit)") }
        if let stage = query.stage { conditions.append("stage = \(bind: stage.rawValue)") }
        if let country = query.country { conditions.append("country = \(bind: country)") }
        return conditions.reduce("1 = 1" as SQLQueryString) { $0 + " AND " + $1 }
    }
}
