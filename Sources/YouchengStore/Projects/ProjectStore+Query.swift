import Foundation
import SQLKit
import YouchengCore

extension ProjectStore {
    /// The page of projects `query` asks for; stalled is judged with `days` on `asOf` (the query's own when set).
    public func list(_ query: ProjectQuery, days: Int, asOf: Day) async throws -> ProjectPage {
        let filter = Self.filter(query, days: days, asOf: asOf)
        let offset = (query.page - 1) * query.per
        return try await database.read { sql in
            let total =
                try await sql.raw("SELECT COUNT(*) AS c FROM projects p WHERE " + filter).first(
                    decodingColumn: "c", as: Int.self) ?? 0
            let rows = try await sql.raw(
                "SELECT " + Self.columns + " FROM projects p WHERE " + filter + " ORDER BY " + Self.order(query)
                    + " LIMIT \(bind: query.per) OFFSET \(bind: offset)"
            ).all()
            return ProjectPage(
                items: try await Self.summaries(rows, sql: sql), total: total, page: query.page, per: query.per)
        }
    }

    /// Every project `query`'s filters match, in its order (no paging): for exports and the funnel.
    public func all(_ query: ProjectQuery, days: Int, asOf: Day) async throws -> [ProjectSummary] {
        let filter = Self.filter(query, days: days, asOf: asOf)
        return try await database.read { sql in
            let rows = try await sql.raw(
                "SELECT " + Self.columns + " FROM projects p WHERE " + filter + " ORDER BY " + Self.order(query)
            ).all()
            return try await Self.summaries(rows, sql: sql)
        }
    }

    /// The conditions of `query`, all of which must hold.
    static func filter(_ query: ProjectQuery, days: Int, asOf: Day) -> SQLQueryString {
        var conditions: [SQLQueryString] = []
        if let unit = query.unitId { conditions.append("p.unit_id = \(bind: unit)") }
        if let partner = query.partnerId {
            conditions.append(
                "EXISTS (SELECT 1 FROM project_partners pp WHERE pp.project_id = p.id AND pp.partner_id = \(bind: partner))"
            )
        }
        if let kind = query.kind { conditions.append("p.kind = \(bind: kind.rawValue)") }
        if let stage = query.stage { conditions.append("p.stage = \(bind: stage.rawValue)") }
        if query.stalled {
            let open = ProjectStage.allCases.filter(\.isOpen).map(\.rawValue)
            let cutoff = ProjectRules.stalledCutoff(asOf: query.asOf ?? asOf, days: query.days ?? days)
            conditions.append(
                "p.stage IN (\(binds: open)) AND p.last_update <= \(bind: cutoff?.description ?? "0000-00-00")")
        }
        if let year = query.year {
            conditions.append("p.started_on >= \(bind: "\(year)-01-01") AND p.started_on <= \(bind: "\(year)-12-31")")
        }
        return conditions.reduce("1 = 1" as SQLQueryString) { $0 + " AND " + $1 }
    }

    /// The ORDER BY of `query`, the id last so pages never overlap.
    static func order(_ query: ProjectQuery) -> SQLQueryString {
        let direction: SQLQueryString = query.descending ? " DESC" : " ASC"
        let column: SQLQueryString =
            switch query.sort {
            case .updated: "p.last_update"
            case .started: "p.started_on"
            case .title: "p.title"
            case .stage:
                """
                CASE p.stage WHEN 'lead' THEN 0 WHEN 'intent' THEN 1 WHEN 'signed' THEN 2 WHEN 'landed' THEN 3
                  WHEN 'completed' THEN 4 WHEN 'shelved' THEN 5 ELSE 6 END
                """
            // Projects without an agreed amount come last either way.
            case .agreed: "CASE WHEN p.agreed_cents IS NULL THEN 1 ELSE 0 END, p.agreed_cents"
            }
        return column + direction + ", p.id" + direction
    }
}

extension ProjectStore {
    /// The partners some project is with: the choices of the list's partner filter.
    public func partnerIds() async throws -> Set<Int64> {
        try await database.read { sql in
            Set(
                try await sql.raw("SELECT DISTINCT partner_id FROM project_partners").all(
                    decodingColumn: "partner_id", as: Int64.self))
        }
    }
}

extension ProjectStore {
    /// The meeting that meeting decision `id` belongs to, for a project's source link; nil when there is none.
    public func meetingId(decisionId id: Int64) async throws -> Int64? {
        try await database.read { sql in
            try await sql.raw("SELECT meeting_id FROM meeting_decisions WHERE id = \(bind: id)").first(
                decodingColumn: "meeting_id", as: Int64.self)
        }
    }
}
