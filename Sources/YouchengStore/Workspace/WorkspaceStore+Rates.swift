import Foundation
import SQLKit
import YouchengCore

extension WorkspaceStore {
    /// Each unit's on-time report rate for `year` as of `asOf` (see `ReportRate.rates`), over the plans in force;
    /// only unit `unitId`'s (the tasks it leads) when one is given.
    public func reportRates(year: Int, asOf: Day, unitId: Int64? = nil) async throws -> [ReportRate] {
        let (plans, tasks, entries) = try await database.read { sql in
            let inForce: SQLQueryString = "status = \(bind: PlanStatus.inForce.rawValue)"
            let plans = try await PlanStore.plans(where: inForce, sql: sql)
            guard !plans.isEmpty else { return ([Plan](), [PlanTask](), [ReportRate.Entry]()) }
            var mine: SQLQueryString = "t.plan_id IN (SELECT id FROM plans WHERE " + inForce + ")"
            if let unitId { mine = mine + " AND t.lead_unit_id = \(bind: unitId)" }
            let tasks = try await Self.ledTasks(where: mine, sql: sql)
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
    /// `timeZone`; nil when no notice addressed to it has its deadline in `year`. With `asOf`, unanswered notices
    /// still open that day are not counted yet. Reads only the unit's notices.
    public func answerRate(year: Int, unitId: Int64, timeZone: TimeZone, asOf: Day? = nil) async throws
        -> NoticeAnswerRate?
    {
        let notices = try await database.read { sql in
            try await NoticeStore.details(
                where: """
                    n.deadline >= \(bind: "\(year)-01-01") AND n.deadline <= \(bind: "\(year)-12-31")
                      AND n.id IN (SELECT notice_id FROM notice_units WHERE unit_id = \(bind: unitId))
                    """, sql: sql)
        }
        return NoticeAnswerRate.rates(year: year, notices: notices, timeZone: timeZone, asOf: asOf).first {
            $0.unitId == unitId
        }
    }

    /// The tasks matching `condition` (over `plan_tasks t`) with only what the report rate reads — plan, lead unit,
    /// due date, status — and neither text nor cooperating units.
    static func ledTasks(where condition: SQLQueryString, sql: any SQLDatabase) async throws -> [PlanTask] {
        try await sql.raw(
            "SELECT t.id, t.plan_id, t.lead_unit_id, t.due_day, t.status FROM plan_tasks t WHERE " + condition
        ).all().map { row in
            PlanTask(
                id: try row.decode(column: "id", as: Int64.self),
                planId: try row.decode(column: "plan_id", as: Int64.self),
                draft: PlanTaskDraft(
                    number: "", title: "", leadUnitId: try row.decode(column: "lead_unit_id", as: Int64.self),
                    due: try row.decodeStoredIfPresent("due_day", table: "plan_tasks") { Day(parsing: $0) }),
                status: try row.decodeStored("status", table: "plan_tasks") { PlanTaskStatus(rawValue: $0) })
        }
    }
}
