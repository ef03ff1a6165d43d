import Foundation
import SQLKit
import YouchengCore

/// Cooperation projects with their partners, stage history and notes, kept in SQL for SQLite and PostgreSQL
/// alike. Each write and its audit entry are one transaction.
public struct ProjectStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// The tables a project write locks against other writers.
    static let tables = ["projects", "project_partners", "project_stage_changes", "project_notes"]

    /// The columns a project row is read with (`p` is the projects table), with the rank of the furthest track stage
    /// its history reached (``ProjectRules/reached(_:)`` in SQL: the largest track rank of its changes' stages,
    /// shelved and ended counting as lead).
    static var columns: SQLQueryString {
        """
        p.id, p.title, p.unit_id, p.kind, p.stage, p.stage_since, p.started_on, p.last_update, p.agreed_cents,
          p.realised_cents, p.currency, p.budget_cents, p.actual_cost_cents, p.source_exchange_id,
          p.source_notice_id, p.source_notice_unit_id, p.source_decision_id, p.version, p.created_by,
          (SELECT MAX(\(unsafeRaw: trackRank)) FROM project_stage_changes s WHERE s.project_id = p.id) AS reached
        """
    }

    /// `CASE s.stage WHEN 'intent' THEN 1 … WHEN 'completed' THEN 4 ELSE 0 END`, from ``ProjectStage/track``.
    private static let trackRank =
        "CASE s.stage "
        + ProjectStage.track.enumerated().dropFirst().map { "WHEN '\($1.rawValue)' THEN \($0) " }.joined()
        + "ELSE 0 END"

    /// One project with its history and notes.
    public func project(id: Int64) async throws -> CooperationProject? {
        try await database.read { sql in try await Self.project(id: id, sql: sql) }
    }

    /// Project `id` with everything, read on `sql`.
    static func project(id: Int64, sql: any SQLDatabase) async throws -> CooperationProject? {
        guard
            let row = try await sql.raw("SELECT " + columns + " FROM projects p WHERE p.id = \(bind: id)").first()
        else { return nil }
        let summary = try await summaries([row], sql: sql)[0]
        let history = try await sql.raw(
            """
            SELECT id, stage, date, reason, created_by FROM project_stage_changes WHERE project_id = \(bind: id)
            ORDER BY date, id
            """
        ).all().map { try ProjectStageChange(row: $0, table: "project_stage_changes", byColumn: "created_by") }
        let notes = try await sql.raw(
            """
            SELECT id, date, text, created_by FROM project_notes WHERE project_id = \(bind: id)
            ORDER BY date DESC, id DESC
            """
        ).all().map { note in
            ProjectNote(
                id: try note.decode(column: "id", as: Int64.self),
                date: try note.decodeStored("date", table: "project_notes") { Day(parsing: $0) },
                text: try note.decode(column: "text", as: String.self),
                by: try note.decode(column: "created_by", as: String.self))
        }
        return CooperationProject(
            id: id, version: try row.decode(column: "version", as: Int.self), draft: summary.draft,
            stage: summary.stage, lastUpdate: summary.lastUpdate, history: history, notes: notes,
            createdBy: try row.decode(column: "created_by", as: String.self))
    }

    /// The summaries of `rows` (read with `columns`), each with its partners in their order.
    static func summaries(_ rows: [any SQLRow], sql: any SQLDatabase) async throws -> [ProjectSummary] {
        let ids = try rows.map { try $0.decode(column: "id", as: Int64.self) }
        var partners: [Int64: [Int64]] = [:]
        for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
            for link in try await sql.raw(
                """
                SELECT project_id, partner_id FROM project_partners WHERE project_id IN (\(binds: chunk))
                ORDER BY project_id, position
                """
            ).all() {
                partners[try link.decode(column: "project_id", as: Int64.self), default: []].append(
                    try link.decode(column: "partner_id", as: Int64.self))
            }
        }
        return try zip(rows, ids).map { row, id in try summary(row, id: id, partners: partners[id] ?? []) }
    }

    private static func summary(_ row: any SQLRow, id: Int64, partners: [Int64]) throws -> ProjectSummary {
        let table = "projects"
        func cents(_ column: String) throws -> Money? {
            try row.decode(column: column, as: Int64?.self).map(Money.init(hundredths:))
        }
        var source: ProjectSource?
        if let exchange = try row.decode(column: "source_exchange_id", as: Int64?.self) {
            source = .exchange(exchange)
        } else if let notice = try row.decode(column: "source_notice_id", as: Int64?.self),
            let unit = try row.decode(column: "source_notice_unit_id", as: Int64?.self)
        {
            source = .noticeAnswer(noticeId: notice, unitId: unit)
        } else if let decision = try row.decode(column: "source_decision_id", as: Int64?.self) {
            source = .decision(decision)
        }
        let draft = ProjectDraft(
            title: try row.decode(column: "title", as: String.self), partnerIds: partners,
            unitId: try row.decode(column: "unit_id", as: Int64.self),
            kind: try row.decodeStored("kind", table: table) { ProjectKind(rawValue: $0) },
            agreed: try cents("agreed_cents"), realised: try cents("realised_cents"),
            currency: try row.decode(column: "currency", as: String.self), budget: try cents("budget_cents"),
            actualCost: try cents("actual_cost_cents"), source: source)
        let reached = try row.decode(column: "reached", as: Int?.self) ?? 0
        return ProjectSummary(
            id: id, draft: draft, stage: try row.decodeStored("stage", table: table) { ProjectStage(rawValue: $0) },
            since: try row.decodeStored("stage_since", table: table) { Day(parsing: $0) },
            started: try row.decodeStored("started_on", table: table) { Day(parsing: $0) },
            lastUpdate: try row.decodeStored("last_update", table: table) { Day(parsing: $0) },
            reached: ProjectStage.track[min(max(reached, 0), ProjectStage.track.count - 1)])
    }
}
