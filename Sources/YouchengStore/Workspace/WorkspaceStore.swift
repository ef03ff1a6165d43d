import Foundation
import SQLKit
import YouchengCore

/// What a member unit's workspace and the units' responsiveness read: its tasks, its reports, the notices addressed
/// to it and its exchanges, in a few queries whatever the number of tasks. It only reads.
public struct WorkspaceStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// The exchanges the workspace lists beside their count.
    public static let latestExchanges = 5

    /// Unit `unitId`'s workspace as of `asOf`: the tasks it leads or cooperates on with their plans, the days of its
    /// own reports on them in `asOf`'s quarter, the notices addressed to it, and its exchanges starting in `asOf`'s
    /// year (the count and the latest few).
    public func workspace(unitId: Int64, asOf: Day) async throws -> UnitWorkspace {
        let quarter = Quarter(containing: asOf)
        let (plans, tasks, days, notices) = try await database.read { sql in
            let mine: SQLQueryString = """
                (t.lead_unit_id = \(bind: unitId)
                  OR t.id IN (SELECT task_id FROM plan_task_units WHERE unit_id = \(bind: unitId)))
                """
            let tasks = try await PlanStore.tasks(where: mine, sql: sql)
            let plans =
                tasks.isEmpty
                ? [] : try await PlanStore.plans(where: "id IN (\(binds: Array(Set(tasks.map(\.planId)))))", sql: sql)
            var days: [Int64: [Day]] = [:]
            for row in try await sql.raw(
                """
                SELECT r.task_id, r.day FROM progress_reports r WHERE r.unit_id = \(bind: unitId)
                  AND r.day >= \(bind: quarter.firstDay.description) AND r.day <= \(bind: quarter.lastDay.description)
                """
            ).all() {
                let day = try row.decodeStored("day", table: "progress_reports", idColumn: nil) { Day(parsing: $0) }
                days[try row.decode(column: "task_id", as: Int64.self), default: []].append(day)
            }
            let notices = try await NoticeStore.details(
                where: """
                    n.id IN (SELECT notice_id FROM notice_units WHERE unit_id = \(bind: unitId))
                      AND n.id NOT IN (SELECT notice_id FROM notice_responses WHERE unit_id = \(bind: unitId))
                    """, sql: sql)
            return (plans, tasks, days, notices)
        }
        var query = ExchangeQuery()
        query.unitId = unitId
        (query.from, query.to) = Self.yearSpan(asOf.year)
        query.per = Self.latestExchanges
        let exchanges = try await ExchangeStore(database: database, now: now).list(query)
        return UnitWorkspace(
            unitId: unitId, asOf: asOf, plans: plans, tasks: tasks, unitReportDays: days, notices: notices,
            exchangeCount: exchanges.total, latestExchanges: exchanges.items)
    }

    /// Each unit's on-time report rate for `year` as of `asOf` (see `ReportRate.rates`), over the plans in force;
    /// only unit `unitId`'s (the tasks it leads) when one is given.
    public func reportRates(year: Int, asOf: Day, unitId: Int64? = nil) async throws -> [ReportRate] {
        let (plans, tasks, entries) = try await database.read { sql in
            let inForce: SQLQueryString = "status = \(bind: PlanStatus.inForce.rawValue)"
            let plans = try await PlanStore.plans(where: inForce, sql: sql)
            guard !plans.isEmpty else { return ([Plan](), [PlanTask](), [ReportRate.Entry]()) }
            var mine: SQLQueryString = "t.plan_id IN (SELECT id FROM plans WHERE " + inForce + ")"
            if let unitId { mine = mine + " AND t.lead_unit_id = \(bind: unitId)" }
            let tasks = try await PlanStore.tasks(where: mine, sql: sql)
            let entries = try await sql.raw(
                """
                SELECT r.task_id, r.unit_id, r.day, r.status FROM progress_reports r
                JOIN plan_tasks t ON t.id = r.task_id JOIN plans p ON p.id = t.plan_id
                WHERE p.status = \(bind: PlanStatus.inForce.rawValue) AND r.day <= \(bind: "\(year)-12-31")
                """ + (unitId.map { " AND t.lead_unit_id = \(bind: $0)" } ?? "") + " ORDER BY r.day, r.id"
            ).all().map { row in
                ReportRate.Entry(
                    taskId: try row.decode(column: "task_id", as: Int64.self),
                    unitId: try row.decode(column: "unit_id", as: Int64.self),
                    day: try row.decodeStored("day", table: "progress_reports", idColumn: nil) { Day(parsing: $0) },
                    status: try row.decodeStored("status", table: "progress_reports", idColumn: nil) {
                        PlanTaskStatus(rawValue: $0)
                    })
            }
            return (plans, tasks, entries)
        }
        return ReportRate.rates(year: year, asOf: asOf, plans: plans, tasks: tasks, reports: entries)
    }

    /// Unit `unitId`'s on-time answer rate for `year` (see `NoticeAnswerRate.rates`), answer days read in
    /// `timeZone`; nil when no notice addressed to it has its deadline in `year`. Reads only the unit's notices.
    public func answerRate(year: Int, unitId: Int64, timeZone: TimeZone) async throws -> NoticeAnswerRate? {
        let notices = try await database.read { sql in
            try await NoticeStore.details(
                where: """
                    n.deadline >= \(bind: "\(year)-01-01") AND n.deadline <= \(bind: "\(year)-12-31")
                      AND n.id IN (SELECT notice_id FROM notice_units WHERE unit_id = \(bind: unitId))
                    """, sql: sql)
        }
        return NoticeAnswerRate.rates(year: year, notices: notices, timeZone: timeZone).first { $0.unitId == unitId }
    }

    /// 1 January to 31 December of `year`.
    static func yearSpan(_ year: Int) -> (Day?, Day?) {
        (Day(year: year, month: 1, day: 1), Day(year: year, month: 12, day: 31))
    }
}
