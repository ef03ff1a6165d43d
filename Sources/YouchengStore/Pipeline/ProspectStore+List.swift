import Foundation
import SQLKit
import YouchengCore

extension ProspectStore {
    /// The prospects `query` asks for (home with the localities under it, unit, stage, country; combined), sorted
    /// and a page at a time; without their histories.
    public func list(_ query: ProspectQuery) async throws -> ProspectPage {
        let filter = condition(query)
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
        let offset = (query.page - 1) * query.per
        return try await database.read { sql in
            let total =
                try await sql.raw("SELECT COUNT(*) AS c FROM prospects WHERE " + filter).first(
                    decodingColumn: "c", as: Int.self) ?? 0
            let items = try await sql.raw(
                Self.columns + " WHERE " + filter + " ORDER BY " + order
                    + ", id LIMIT \(bind: query.per) OFFSET \(bind: offset)"
            ).all().map { try Self.prospect($0) }
            return ProspectPage(items: items, total: total, page: query.page, per: query.per)
        }
    }

    /// Every prospect of the homes `homeCodes` (every home when nil), by stage order then newest stage first, for the
    /// board and the progress.
    public func all(homeCodes: [String]?) async throws -> [Prospect] {
        let filter: SQLQueryString =
            homeCodes.map { (codes) -> SQLQueryString in "home_code IN (\(binds: codes))" } ?? "1 = 1"
        return try await database.read { sql in
            try await sql.raw(
                Self.columns + " WHERE " + filter + " ORDER BY " + Self.stageOrder + ", stage_date DESC, id"
            ).all().map { try Self.prospect($0) }
        }
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
