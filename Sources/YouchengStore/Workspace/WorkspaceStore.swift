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

    /// 1 January to 31 December of `year`.
    static func yearSpan(_ year: Int) -> (Day?, Day?) {
        (Day(year: year, month: 1, day: 1), Day(year: year, month: 12, day: 31))
    }
}
