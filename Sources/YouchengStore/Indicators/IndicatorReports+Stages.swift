import SQLKit
import YouchengCore

extension IndicatorReports {
    /// The stage changes up to the end of `year` of the cooperation projects changed in it, each with its owning unit;
    /// nil while the deployment has recorded no project at all (the indicators then say "not available", not 0).
    public func projectStageChanges(through year: Int) async throws -> [StageChange]? {
        try await database.read { sql in
            try await Self.stageChanges(
                subjects: "projects", changes: "project_stage_changes", subjectColumn: "project_id", through: year,
                sql: sql)
        }
    }

    /// The stage changes up to the end of `year` of the prospects changed in it, each with its sponsoring unit; nil
    /// while the deployment has recorded no prospect at all.
    public func prospectStageChanges(through year: Int) async throws -> [StageChange]? {
        try await database.read { sql in
            try await Self.stageChanges(
                subjects: "prospects", changes: "prospect_stage_changes", subjectColumn: "prospect_id", through: year,
                sql: sql)
        }
    }

    /// The budget and actual cost of the cooperation projects that started in `year` (their first stage's day), by
    /// their owning unit and their partners, as money lines.
    public func projectMoneyLines(year: Int) async throws -> [MoneyTable.Line] {
        let (first, last) = ("\(year)-01-01", "\(year)-12-31")
        return try await database.read { sql in
            let period: SQLQueryString = """
                p.started_on >= \(bind: first) AND p.started_on <= \(bind: last)
                  AND (p.budget_cents IS NOT NULL OR p.actual_cost_cents IS NOT NULL)
                """
            var partners: [Int64: [Int64]] = [:]
            for row in try await sql.raw(
                "SELECT x.project_id, x.partner_id FROM project_partners x JOIN projects p ON p.id = x.project_id WHERE "
                    + period + " ORDER BY x.project_id, x.position"
            ).all() {
                partners[try row.decode(column: "project_id", as: Int64.self), default: []].append(
                    try row.decode(column: "partner_id", as: Int64.self))
            }
            return try await sql.raw(
                "SELECT p.id, p.unit_id, p.budget_cents, p.actual_cost_cents FROM projects p WHERE " + period
                    + " ORDER BY p.id"
            ).all().map { row in
                let id = try row.decode(column: "id", as: Int64.self)
                return MoneyTable.Line(
                    source: "project", unitId: try row.decode(column: "unit_id", as: Int64?.self),
                    partnerIds: partners[id] ?? [],
                    budget: try row.decode(column: "budget_cents", as: Int64?.self).map(Money.init(fen:)),
                    actual: try row.decode(column: "actual_cost_cents", as: Int64?.self).map(Money.init(fen:)))
            }
        }
    }

    /// The changes of `changes` (each naming its subject in `subjectColumn`) dated up to 31 December of `year`, of
    /// the subjects with a change dated in `year`, with their subject's unit, in date order; nil when `subjects` has no row. The table names are this file's own
    /// constants, never input.
    private static func stageChanges(
        subjects: String, changes: String, subjectColumn: String, through year: Int, sql: any SQLDatabase
    ) async throws -> [StageChange]? {
        let any = try await sql.raw("SELECT id FROM \(ident: subjects) LIMIT 1").all()
        guard !any.isEmpty else { return nil }
        // Only the histories of the subjects changed in the year: a stage is reached, or a step taken, on the day of
        // a change, so a subject with none in the year counts for nothing in it (and most are older or newer).
        return try await sql.raw(
            """
            SELECT c.\(ident: subjectColumn) AS subject, s.unit_id, c.stage, c.date FROM \(ident: changes) c
            JOIN \(ident: subjects) s ON s.id = c.\(ident: subjectColumn)
            WHERE c.date <= \(bind: "\(year)-12-31") AND c.\(ident: subjectColumn) IN (
              SELECT y.\(ident: subjectColumn) FROM \(ident: changes) y
              WHERE y.date >= \(bind: "\(year)-01-01") AND y.date <= \(bind: "\(year)-12-31"))
            ORDER BY c.date, c.id
            """
        ).all().map { row in
            StageChange(
                subjectId: try row.decode(column: "subject", as: Int64.self),
                unitId: try row.decode(column: "unit_id", as: Int64?.self),
                stage: try row.decode(column: "stage", as: String.self),
                day: try row.decodeStored("date", table: changes, idColumn: nil) { Day(parsing: $0) })
        }
    }
}
