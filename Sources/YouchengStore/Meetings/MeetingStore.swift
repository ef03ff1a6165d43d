import Foundation
import SQLKit
import YouchengCore

/// Joint meetings with their agenda, attendance and decisions, kept in SQL for SQLite and PostgreSQL alike. Each
/// write and its audit entries are one transaction; a decision that becomes a task creates it in that transaction.
public struct MeetingStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// The tables a meeting write locks against other writers.
    static let tables = ["meetings", "meeting_agenda_items", "meeting_attendance", "meeting_decisions"]

    /// One meeting with its agenda, attendance and decisions.
    public func meeting(id: Int64) async throws -> JointMeeting? {
        try await database.read { sql in try await Self.meeting(id: id, sql: sql) }
    }

    /// The meetings `query` asks for, newest first (by day, then by id), each with its decision counts.
    public func list(_ query: MeetingQuery) async throws -> MeetingPage {
        var conditions: [SQLQueryString] = []
        if let kind = query.kind { conditions.append("m.kind = \(bind: kind.rawValue)") }
        if let year = query.year {
            conditions.append("m.day >= \(bind: "\(year)-01-01") AND m.day <= \(bind: "\(year)-12-31")")
        }
        let filter = conditions.reduce("1 = 1" as SQLQueryString) { $0 + " AND " + $1 }
        let offset = (query.page - 1) * query.per
        return try await database.read { sql in
            let total =
                try await sql.raw("SELECT COUNT(*) AS c FROM meetings m WHERE " + filter).first(
                    decodingColumn: "c", as: Int.self) ?? 0
            let rows = try await sql.raw(
                """
                SELECT m.id, m.day, m.kind, m.title,
                  (SELECT COUNT(*) FROM meeting_decisions d WHERE d.meeting_id = m.id) AS decisions,
                  (SELECT COUNT(*) FROM meeting_decisions d WHERE d.meeting_id = m.id AND d.created_task = 1) AS created
                FROM meetings m WHERE
                """ + " " + filter + " ORDER BY m.day DESC, m.id DESC LIMIT \(bind: query.per) OFFSET \(bind: offset)"
            ).all()
            let items = try rows.map { row in
                JointMeetingSummary(
                    id: try row.decode(column: "id", as: Int64.self),
                    date: try row.decodeStored("day", table: "meetings") { Day(parsing: $0) },
                    kind: try row.decodeStored("kind", table: "meetings") { MeetingKind(rawValue: $0) },
                    title: try row.decode(column: "title", as: String.self),
                    decisions: try row.decode(column: "decisions", as: Int.self),
                    tasksCreated: try row.decode(column: "created", as: Int.self))
            }
            return MeetingPage(items: items, total: total, page: query.page, per: query.per)
        }
    }

    /// The decisions linked to task `taskId` (created it or linked to it), oldest first.
    public func decisions(taskId: Int64) async throws -> [MeetingDecision] {
        try await database.read { sql in try await Self.decisions(where: "task_id = \(bind: taskId)", sql: sql) }
    }

    /// Meeting `id` with everything, read on `sql`.
    static func meeting(id: Int64, sql: any SQLDatabase) async throws -> JointMeeting? {
        guard
            let row = try await sql.raw(
                """
                SELECT id, day, kind, title, convenor, place, minutes, version, created_by FROM meetings
                WHERE id = \(bind: id)
                """
            ).first()
        else { return nil }
        let table = "meetings"
        var agenda: [AgendaItem] = []
        for item in try await sql.raw(
            """
            SELECT position, text, task_id, partnership_id, notice_id FROM meeting_agenda_items
            WHERE meeting_id = \(bind: id) ORDER BY position
            """
        ).all() {
            let links: [(AgendaLinkKind, Int64?)] = [
                (.task, try item.decode(column: "task_id", as: Int64?.self)),
                (.partnership, try item.decode(column: "partnership_id", as: Int64?.self)),
                (.notice, try item.decode(column: "notice_id", as: Int64?.self)),
            ]
            let link = links.first { $0.1 != nil }.map { AgendaLink($0.0, id: $0.1!) }
            agenda.append(AgendaItem(text: try item.decode(column: "text", as: String.self), link: link))
        }
        var attendance: [Int64: MeetingAttendanceStatus] = [:]
        for item in try await sql.raw(
            "SELECT unit_id, status FROM meeting_attendance WHERE meeting_id = \(bind: id)"
        ).all() {
            attendance[try item.decode(column: "unit_id", as: Int64.self)] = try item.decodeStored(
                "status", table: "meeting_attendance", idColumn: nil
            ) { MeetingAttendanceStatus(rawValue: $0) }
        }
        let draft = JointMeetingDraft(
            date: try row.decodeStored("day", table: table) { Day(parsing: $0) },
            kind: try row.decodeStored("kind", table: table) { MeetingKind(rawValue: $0) },
            title: try row.decode(column: "title", as: String.self),
            convenor: try row.decode(column: "convenor", as: String.self),
            place: try row.decode(column: "place", as: String.self), agenda: agenda, attendance: attendance,
            minutes: try row.decode(column: "minutes", as: String.self))
        return JointMeeting(
            id: id, version: try row.decode(column: "version", as: Int.self), draft: draft,
            decisions: try await decisions(where: "meeting_id = \(bind: id)", sql: sql),
            createdBy: try row.decode(column: "created_by", as: String.self))
    }

    /// The decisions matching `condition`, by meeting then number.
    static func decisions(where condition: SQLQueryString, sql: any SQLDatabase) async throws -> [MeetingDecision] {
        try await sql.raw(
            "SELECT id, meeting_id, number, text, task_id, created_task FROM meeting_decisions WHERE " + condition
                + " ORDER BY meeting_id, number"
        ).all().map { row in
            MeetingDecision(
                id: try row.decode(column: "id", as: Int64.self),
                meetingId: try row.decode(column: "meeting_id", as: Int64.self),
                number: try row.decode(column: "number", as: Int.self),
                text: try row.decode(column: "text", as: String.self),
                taskId: try row.decode(column: "task_id", as: Int64?.self),
                createdTask: try row.decode(column: "created_task", as: Int.self) != 0)
        }
    }
}
