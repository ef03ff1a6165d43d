import Foundation
import SQLKit
import YouchengCore

/// Notices of the joint meeting and the units' answers, kept in SQL for SQLite and PostgreSQL alike. Each write and
/// its audit entry are one transaction.
public struct NoticeStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// The tables a notice write locks against other writers.
    static let tables = ["notices", "notice_units", "notice_responses"]

    /// One notice with its answers.
    public func notice(id: Int64) async throws -> NoticeDetail? {
        try await database.read { sql in try await Self.details(where: "n.id = \(bind: id)", sql: sql).first }
    }

    /// The notices `query` asks for, newest first, with their answers; `today` decides which are open.
    public func list(_ query: NoticeQuery, today: Day) async throws -> NoticePage {
        var conditions: [SQLQueryString] = []
        if let unit = query.unitId {
            conditions.append("n.id IN (SELECT notice_id FROM notice_units WHERE unit_id = \(bind: unit))")
        }
        switch query.open {
        case true?: conditions.append("(n.deadline IS NULL OR n.deadline >= \(bind: today.description))")
        case false?: conditions.append("n.deadline < \(bind: today.description)")
        case nil: break
        }
        let filter = conditions.reduce("1 = 1" as SQLQueryString) { $0 + " AND " + $1 }
        let offset = (query.page - 1) * query.per
        return try await database.read { sql in
            let total =
                try await sql.raw("SELECT COUNT(*) AS c FROM notices n WHERE " + filter).first(
                    decodingColumn: "c", as: Int.self) ?? 0
            let page = try await Self.details(
                where: filter, limit: "LIMIT \(bind: query.per) OFFSET \(bind: offset)", sql: sql)
            return NoticePage(items: page, total: total, page: query.page, per: query.per)
        }
    }

    /// Each unit's on-time answer rate for `year` (see `NoticeAnswerRate.rates`), answer days read in `timeZone`;
    /// with `asOf`, unanswered notices still open that day are not counted yet.
    public func answerRates(year: Int, timeZone: TimeZone, asOf: Day? = nil) async throws -> [NoticeAnswerRate] {
        let first = "\(year)-01-01"
        let last = "\(year)-12-31"
        let notices = try await database.read { sql in
            try await Self.details(where: "n.deadline >= \(bind: first) AND n.deadline <= \(bind: last)", sql: sql)
        }
        return NoticeAnswerRate.rates(year: year, notices: notices, timeZone: timeZone, asOf: asOf)
    }

    /// The notices matching `filter` (on `notices n`), newest first, with their units and answers.
    static func details(where filter: SQLQueryString, limit: SQLQueryString = "", sql: any SQLDatabase) async throws
        -> [NoticeDetail]
    {
        let rows = try await sql.raw(
            """
            SELECT n.id, n.title, n.body, n.kind, n.partner_id, n.deadline, n.all_units, n.created_by, n.created_at
            FROM notices n WHERE
            """ + " " + filter + " ORDER BY n.created_at DESC, n.id DESC " + limit
        ).all()
        guard !rows.isEmpty else { return [] }
        let ids = try rows.map { try $0.decode(column: "id", as: Int64.self) }
        var units: [Int64: [Int64]] = [:]
        for row in try await sql.raw(
            "SELECT notice_id, unit_id FROM notice_units WHERE notice_id IN (\(binds: ids)) ORDER BY notice_id, unit_id"
        ).all() {
            units[try row.decode(column: "notice_id", as: Int64.self), default: []].append(
                try row.decode(column: "unit_id", as: Int64.self))
        }
        var responses: [Int64: [NoticeResponse]] = [:]
        for row in try await sql.raw(
            """
            SELECT notice_id, unit_id, answer, comment, contact, exchange_id, first_answered_at, answered_at,
              answered_by FROM notice_responses WHERE notice_id IN (\(binds: ids))
            """
        ).all() {
            let response = try Self.response(row)
            responses[response.noticeId, default: []].append(response)
        }
        return try rows.map { row in
            let notice = try Self.notice(row, unitIds: units[try row.decode(column: "id", as: Int64.self)] ?? [])
            return NoticeDetail(notice: notice, responses: responses[notice.id] ?? [])
        }
    }

    static func notice(_ row: any SQLRow, unitIds: [Int64]) throws -> Notice {
        Notice(
            id: try row.decode(column: "id", as: Int64.self), title: try row.decode(column: "title", as: String.self),
            body: try row.decode(column: "body", as: String.self),
            kind: try row.decodeStored("kind", table: "notices", NoticeKind.init(rawValue:)),
            partnerId: try row.decode(column: "partner_id", as: Int64?.self),
            deadline: try row.decodeStoredIfPresent("deadline", table: "notices", Day.init(parsing:)),
            toAllUnits: try row.decode(column: "all_units", as: Int.self) != 0, unitIds: unitIds,
            createdBy: try row.decode(column: "created_by", as: String.self),
            createdAt: try AccountRows.date(row, "created_at", table: "notices"))
    }

    static func response(_ row: any SQLRow) throws -> NoticeResponse {
        let table = "notice_responses"
        let draft = NoticeResponseDraft(
            answer: try row.decodeStored("answer", table: table, idColumn: nil, NoticeAnswer.init(rawValue:)),
            comment: try row.decode(column: "comment", as: String.self),
            contact: try row.decode(column: "contact", as: String.self),
            exchangeId: try row.decode(column: "exchange_id", as: Int64?.self))
        return NoticeResponse(
            noticeId: try row.decode(column: "notice_id", as: Int64.self),
            unitId: try row.decode(column: "unit_id", as: Int64.self), draft: draft,
            firstAnsweredAt: try AccountRows.date(row, "first_answered_at", table: table, idColumn: nil),
            answeredAt: try AccountRows.date(row, "answered_at", table: table, idColumn: nil),
            answeredBy: try row.decode(column: "answered_by", as: String.self))
    }
}
