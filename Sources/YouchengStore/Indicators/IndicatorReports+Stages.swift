import SQLKit
import YouchengCore

extension IndicatorReports {
    /// The stage histories of the cooperation projects changed in `year`, with their changes dated up to its end and
    /// their owning unit; nil while the deployment has recorded no project at all (the indicators then say "not
    /// available", not 0).
    public func projectStageHistories(through year: Int) async throws -> [StageHistory<ProjectStage>]? {
        try await database.read { sql in
            try await Self.stageHistories(
                subjects: "projects", changes: "project_stage_changes", subjectColumn: "project_id",
                byColumn: "created_by", through: year, sql: sql)
        }
    }

    /// The stage histories of the prospects changed in `year`, with their changes dated up to its end and their
    /// sponsoring unit; nil while the deployment has recorded no prospect at all.
    public func prospectStageHistories(through year: Int) async throws -> [StageHistory<ProspectStage>]? {
        try await database.read { sql in
            try await Self.stageHistories(
                subjects: "prospects", changes: "prospect_stage_changes", subjectColumn: "prospect_id",
                byColumn: "by_user", through: year, sql: sql)
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
                    budget: try row.decode(column: "budget_cents", as: Int64?.self).map(Money.init(hundredths:)),
                    actual: try row.decode(column: "actual_cost_cents", as: Int64?.self).map(Money.init(hundredths:)))
            }
        }
    }

    /// The histories of the subjects in `subjects` with a change in `changes` (naming its subject in
    /// `subjectColumn`, who recorded it in `byColumn`) dated in `year`, with their changes dated up to its 31
    /// December (a stage is reached, or a step taken, on the day of a change, so a subject with none in the year
    /// counts for nothing in it; most are older or newer): each with its subject's
    /// unit and those changes in date order, by subject id; nil when `subjects` has no row. The table and column
    /// names are this file's own constants, never input.
    private static func stageHistories<Stage: RawRepresentable & Sendable & Hashable>(
        subjects: String, changes: String, subjectColumn: String, byColumn: String, through year: Int,
        sql: any SQLDatabase
    ) async throws -> [StageHistory<Stage>]? where Stage.RawValue == String {
        let any = try await sql.raw("SELECT id FROM \(ident: subjects) LIMIT 1").all()
        guard !any.isEmpty else { return nil }
        var histories: [Int64: StageHistory<Stage>] = [:]
        for row in try await sql.raw(
            """
            SELECT c.id, c.\(ident: subjectColumn) AS subject, s.unit_id, c.stage, c.date, c.reason,
              c.\(ident: byColumn) FROM \(ident: changes) c JOIN \(ident: subjects) s ON s.id = c.\(ident: subjectColumn)
            WHERE c.date <= \(bind: "\(year)-12-31") AND c.\(ident: subjectColumn) IN (
              SELECT y.\(ident: subjectColumn) FROM \(ident: changes) y
              WHERE y.date >= \(bind: "\(year)-01-01") AND y.date <= \(bind: "\(year)-12-31"))
            ORDER BY c.date, c.id
            """
        ).all() {
            let subject = try row.decode(column: "subject", as: Int64.self)
            let change = try StageChange<Stage>(row: row, table: changes, byColumn: byColumn)
            if histories[subject] == nil {
                let unit = try row.decode(column: "unit_id", as: Int64?.self)
                histories[subject] = StageHistory(subjectId: subject, unitId: unit, changes: [])
            }
            histories[subject]?.changes.append(change)
        }
        return histories.values.sorted { $0.subjectId < $1.subjectId }
    }
}
