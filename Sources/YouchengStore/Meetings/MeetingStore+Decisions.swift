import Foundation
import SQLKit
import YouchengCore

extension MeetingStore {
    /// Adds decision `draft` to meeting `meetingId` as its next number, in one transaction: a new task is created in
    /// its plan (with the lead unit, due date and cooperating units given; refused for an unknown plan, an inactive
    /// or unknown unit, a number the plan has) and the decision keeps its id; or the decision is linked to an
    /// existing task. The decision is audited, and so is the task: its creation, then an entry naming the meeting's
    /// decision it came from. Anything refused leaves the meeting and the plan as they were.
    public func addDecision(_ draft: MeetingDecisionDraft, meetingId: Int64, by actor: AuditActor) async throws
        -> MeetingDecision
    {
        let time = now()
        let stamp = Timestamp.string(time)
        return try await database.writeTransaction(locking: Self.tables + PlanStore.tables) { sql in
            guard try await sql.raw("SELECT id FROM meetings WHERE id = \(bind: meetingId)").first() != nil else {
                throw MeetingError.notFound
            }
            let last = try await sql.raw(
                "SELECT MAX(number) AS n FROM meeting_decisions WHERE meeting_id = \(bind: meetingId)"
            ).first()
            let number = (try last?.decode(column: "n", as: Int?.self) ?? nil ?? 0) + 1
            let id = try await sql.raw(
                """
                INSERT INTO meeting_decisions (meeting_id, number, text, task_id, created_task, created_by, created_at)
                VALUES (\(bind: meetingId), \(bind: number), \(bind: draft.text), NULL, 0, \(bind: actor.username),
                  \(bind: stamp))
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
            guard let id else { throw MeetingError.notFound }
            var decision = MeetingDecision(
                id: id, meetingId: meetingId, number: number, text: draft.text, taskId: nil, createdTask: false)
            switch draft.outcome {
            case .existingTask(let taskId):
                guard try await sql.raw("SELECT id FROM plan_tasks WHERE id = \(bind: taskId)").first() != nil else {
                    throw MeetingError.unknownTask(decision: number, taskId)
                }
                decision.taskId = taskId
            case .newTask(let planId, let task):
                let created = try await Self.createTask(
                    task, planId: planId, decision: decision, actor: actor, time: time, sql: sql)
                (decision.taskId, decision.createdTask) = (created.id, true)
            }
            try await sql.raw(
                """
                UPDATE meeting_decisions SET task_id = \(bind: decision.taskId),
                  created_task = \(bind: decision.createdTask ? 1 : 0) WHERE id = \(bind: id)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .create, entityType: .meetingDecision, entityId: decision.auditId,
                    changes: FieldChange.changes(from: nil, to: decision.auditValues)),
                at: time, sql: sql)
            return decision
        }
    }

    /// Creates `task` in plan `planId` for `decision`, after checking the plan and the units, and audits that it
    /// came from the decision.
    private static func createTask(
        _ task: PlanTaskDraft, planId: Int64, decision: MeetingDecision, actor: AuditActor, time: Date,
        sql: any SQLDatabase
    ) async throws -> PlanTask {
        guard try await sql.raw("SELECT id FROM plans WHERE id = \(bind: planId)").first() != nil else {
            throw MeetingError.unknownPlan(decision: decision.number, planId)
        }
        let units = [task.leadUnitId] + task.cooperatingUnitIds
        let active = Set(
            try await sql.raw("SELECT id FROM units WHERE active = 1 AND id IN (\(binds: units))").all(
                decodingColumn: "id", as: Int64.self))
        if !active.contains(task.leadUnitId) {
            throw MeetingError.inactiveTaskUnit(decision: decision.number, field: "lead", task.leadUnitId)
        }
        if let missing = task.cooperatingUnitIds.first(where: { !active.contains($0) }) {
            throw MeetingError.inactiveTaskUnit(decision: decision.number, field: "cooperating", missing)
        }
        // The task is inserted in the decision's own transaction (`PlanStore.createTask` would open another).
        let created: PlanTask
        do {
            created = try await PlanStore.insertTask(task, planId: planId, actor: actor, time: time, sql: sql)
        } catch PlanError.duplicateNumber(let number) {
            throw MeetingError.duplicateTaskNumber(decision: decision.number, number)
        }
        try await AuditStore.append(
            AuditEvent(
                actor: actor, action: .update, entityType: .planTask, entityId: String(created.id),
                changes: [
                    FieldChange(field: "meetingDecision", before: nil, after: decision.auditId)
                ]),
            at: time, sql: sql)
        return created
    }
}
