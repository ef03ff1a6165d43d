import Foundation
import SQLKit
import YouchengCore

extension PlanStore {
    /// Stores a progress report by unit `unitId` on task `taskId` and makes the latest report (by date, then by
    /// when it was stored) the task's status and progress; audits the report and the task's change. Refused unless
    /// the unit leads or cooperates on the task: nobody reports for another unit.
    public func addReport(_ draft: ProgressReportDraft, taskId: Int64, unitId: Int64, actor: AuditActor)
        async throws -> ProgressReport
    {
        let draft = try draft.validated()
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            guard let before = try await Self.tasks(where: "t.id = \(bind: taskId)", sql: sql).first else {
                throw PlanError.taskNotFound
            }
            guard before.involves(unitId: unitId) else { throw PlanError.notTaskUnit }
            let id = try await sql.raw(
                """
                INSERT INTO progress_reports (task_id, unit_id, day, status, progress, body, next_steps, reported_by,
                  created_at)
                VALUES (\(bind: taskId), \(bind: unitId), \(bind: draft.date.description), \(bind: draft.status.rawValue),
                  \(bind: draft.progress), \(bind: draft.text), \(bind: draft.nextSteps), \(bind: actor.username),
                  \(bind: Timestamp.string(time)))
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
            guard let id else { throw PlanError.taskNotFound }
            let report = ProgressReport(
                id: id, taskId: taskId, unitId: unitId, draft: draft, reportedBy: actor.username)
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .create, entityType: .progressReport, entityId: String(id),
                    changes: FieldChange.changes(from: nil, to: report.auditValues)), at: time, sql: sql)
            let latest = try await sql.raw(
                """
                SELECT status, progress FROM progress_reports WHERE task_id = \(bind: taskId)
                ORDER BY day DESC, id DESC LIMIT 1
                """
            ).first()
            if let latest {
                let status = try latest.decodeStored("status", table: "progress_reports", idColumn: nil) {
                    PlanTaskStatus(rawValue: $0)
                }
                let progress = try latest.decode(column: "progress", as: Int.self)
                if status != before.status || progress != before.progress {
                    try await sql.raw(
                        """
                        UPDATE plan_tasks SET status = \(bind: status.rawValue), progress = \(bind: progress),
                          version = version + 1, updated_at = \(bind: Timestamp.string(time)) WHERE id = \(bind: taskId)
                        """
                    ).run()
                    var after = before
                    (after.status, after.progress, after.version) = (status, progress, before.version + 1)
                    try await AuditStore.append(
                        AuditEvent(
                            actor: actor, action: .update, entityType: .planTask, entityId: String(taskId),
                            changes: FieldChange.changes(from: before.auditValues, to: after.auditValues)),
                        at: time, sql: sql)
                }
            }
            return report
        }
    }

    /// The reports on task `taskId`, newest first (by date, then by when they were stored).
    public func reports(taskId: Int64) async throws -> [ProgressReport] {
        try await database.read { sql in
            try await sql.raw(
                """
                SELECT id, task_id, unit_id, day, status, progress, body, next_steps, reported_by FROM progress_reports
                WHERE task_id = \(bind: taskId) ORDER BY day DESC, id DESC
                """
            ).all().map { row in
                ProgressReport(
                    id: try row.decode(column: "id", as: Int64.self),
                    taskId: try row.decode(column: "task_id", as: Int64.self),
                    unitId: try row.decode(column: "unit_id", as: Int64.self),
                    draft: ProgressReportDraft(
                        date: try row.decodeStored("day", table: "progress_reports") { Day(parsing: $0) },
                        status: try row.decodeStored("status", table: "progress_reports") {
                            PlanTaskStatus(rawValue: $0)
                        },
                        progress: try row.decode(column: "progress", as: Int.self),
                        text: try row.decode(column: "body", as: String.self),
                        nextSteps: try row.decode(column: "next_steps", as: String.self)),
                    reportedBy: try row.decode(column: "reported_by", as: String.self))
            }
        }
    }

    /// Plan `planId`'s progress as of `asOf`: its tasks judged with the days of their lead units' reports, and the
    /// lead units named.
    public func progress(planId: Int64, asOf: Day) async throws -> PlanProgress {
        try await database.read { sql in
            guard let plan = try await Self.plans(where: "id = \(bind: planId)", sql: sql).first else {
                throw PlanError.planNotFound
            }
            let tasks = try await Self.tasks(where: "t.plan_id = \(bind: planId)", sql: sql)
            var days: [Int64: [Day]] = [:]
            let rows = try await sql.raw(
                """
                SELECT r.task_id, r.day FROM progress_reports r JOIN plan_tasks t ON t.id = r.task_id
                WHERE t.plan_id = \(bind: planId) AND r.unit_id = t.lead_unit_id
                """
            ).all()
            for row in rows {
                let day = try row.decodeStored("day", table: "progress_reports", idColumn: nil) { Day(parsing: $0) }
                days[try row.decode(column: "task_id", as: Int64.self), default: []].append(day)
            }
            let units = try await sql.raw(
                """
                SELECT DISTINCT u.id, u.name_zh, u.name_en FROM units u JOIN plan_tasks t ON t.lead_unit_id = u.id
                WHERE t.plan_id = \(bind: planId)
                """
            ).all().map { row in
                MemberUnit(
                    id: try row.decode(column: "id", as: Int64.self),
                    nameZh: try row.decode(column: "name_zh", as: String.self),
                    nameEn: try row.decode(column: "name_en", as: String.self), kind: .other, homeCode: nil,
                    contactPerson: "")
            }
            return PlanProgress(plan: plan, tasks: tasks, leadReportDays: days, units: units, asOf: asOf)
        }
    }
}
