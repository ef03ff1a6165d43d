import Foundation
import SQLKit
import YouchengCore

extension PlanStore {
    /// Adds task `draft` to plan `planId` (an administrator's form, a meeting's decision): checked, its number unique
    /// in the plan (`PlanError.duplicateNumber`), its units stored (else `FieldErrors` naming `leadUnitId` or `cooperatingUnitIds`), its parent `parentId`
    /// (a task of the same plan) or else the task numbered as its number less the last part; audited in the same
    /// transaction. The task starts not started, at 0%.
    public func createTask(_ draft: PlanTaskDraft, planId: Int64, parentId: Int64? = nil, actor: AuditActor)
        async throws -> PlanTask
    {
        let draft = try draft.validated()
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            guard try await !Self.plans(where: "id = \(bind: planId)", sql: sql).isEmpty else {
                throw PlanError.planNotFound
            }
            try await Self.refuseUnknownUnits(draft, sql: sql)
            if let parentId {
                let tasks = try await Self.tasks(where: "t.plan_id = \(bind: planId)", sql: sql)
                try Self.checkParent(parentId, of: nil, among: tasks)
            }
            return try await Self.insertTask(
                draft, planId: planId, parentId: parentId, actor: actor, time: time, sql: sql)
        }
    }

    /// Changes task `id` to `draft` and `status` (its progress stays what the reports said), its parent `parentId`
    /// or else the task numbered as its number less the last part; refused when the task changed since version
    /// `expectedVersion` was read (`PlanError.staleVersion`, nothing changed), for a number another task of the plan
    /// has, for a unit not stored, for a parent outside the plan or below the task. Audited in the same transaction.
    public func updateTask(
        id: Int64, _ draft: PlanTaskDraft, status: PlanTaskStatus, parentId: Int64? = nil, expectedVersion: Int,
        actor: AuditActor
    ) async throws -> PlanTask {
        let draft = try draft.validated()
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            guard let before = try await Self.tasks(where: "t.id = \(bind: id)", sql: sql).first else {
                throw PlanError.taskNotFound
            }
            guard before.version == expectedVersion else { throw PlanError.staleVersion(current: before.version) }
            try await Self.refuseTakenNumber(draft.number, planId: before.planId, except: id, sql: sql)
            try await Self.refuseUnknownUnits(draft, sql: sql)
            var parent = try await Self.parent(of: draft, given: parentId, planId: before.planId, sql: sql)
            // A parent read from the number may be the task itself under its old number ("3" renumbered "3.1"): no
            // parent then. One given explicitly is checked below, and the task itself is refused.
            if parentId == nil && parent == id { parent = nil }
            if let parent {
                let tasks = try await Self.tasks(where: "t.plan_id = \(bind: before.planId)", sql: sql)
                try Self.checkParent(parent, of: id, among: tasks)
            }
            var after = before
            (after.draft, after.status, after.parentId, after.version) = (draft, status, parent, before.version + 1)
            try await sql.raw(
                """
                UPDATE plan_tasks SET number = \(bind: draft.number), title = \(bind: draft.title),
                  description = \(bind: draft.description), lead_unit_id = \(bind: draft.leadUnitId),
                  due_day = \(bind: draft.due?.description), domains = \(bind: draft.domains.joined(separator: "\n")),
                  partners = \(bind: draft.partners.joined(separator: "\n")),
                  countries = \(bind: draft.countries.joined(separator: "\n")), target = \(bind: draft.target),
                  status = \(bind: status.rawValue), parent_id = \(bind: parent), version = version + 1,
                  updated_at = \(bind: Timestamp.string(time))
                WHERE id = \(bind: id)
                """
            ).run()
            try await sql.raw("DELETE FROM plan_task_units WHERE task_id = \(bind: id)").run()
            try await Self.insertCooperating(draft, taskId: id, sql: sql)
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .update, entityType: .planTask, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: after.auditValues)), at: time, sql: sql)
            return after
        }
    }

    /// Refuses a lead or cooperating unit that is not stored.
    static func refuseUnknownUnits(_ draft: PlanTaskDraft, sql: any SQLDatabase) async throws {
        let units = [("leadUnitId", draft.leadUnitId)] + draft.cooperatingUnitIds.map { ("cooperatingUnitIds", $0) }
        for (field, unit) in units {
            let found = try await sql.raw("SELECT id FROM units WHERE id = \(bind: unit)").first(
                decodingColumn: "id", as: Int64.self)
            if found == nil {
                throw FieldErrors(errors: [
                    FieldError(code: "unknown_unit", field: field, message: PlanError.unitNotFound(unit).message)
                ])
            }
        }
    }

    /// Refuses `parentId` as the parent of task `taskId` (nil for a new task) unless it is one of `tasks` (the
    /// plan's) and not the task itself or one below it.
    static func checkParent(_ parentId: Int64, of taskId: Int64?, among tasks: [PlanTask]) throws {
        let parents = Dictionary(uniqueKeysWithValues: tasks.map { ($0.id, $0.parentId) })
        var seen: Set<Int64> = []
        var current: Int64? = parentId
        while let step = current, seen.insert(step).inserted {
            guard parents.keys.contains(step), step != taskId else { throw PlanTaskField.badParent }
            current = parents[step] ?? nil
        }
    }
}

/// A task field the store refuses for what is stored.
enum PlanTaskField {
    /// The parent chosen is no task of the plan, or is the task itself or one below it.
    static var badParent: FieldErrors {
        FieldErrors(errors: [
            FieldError(
                code: "invalid_parent", field: "parentId",
                message: Bilingual(
                    zh: "上级任务应为本计划中的其他任务，且不能是本任务的下级任务",
                    en: "the parent task must be another task of this plan, not one below this task"))
        ])
    }
}
