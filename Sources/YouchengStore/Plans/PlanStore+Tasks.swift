import Foundation
import SQLKit
import YouchengCore

extension PlanStore {
    /// Every task of plan `planId`, by number as people read them (`2.10` after `2.9`).
    public func tasks(planId: Int64) async throws -> [PlanTask] {
        try await database.read { sql in try await Self.tasks(where: "t.plan_id = \(bind: planId)", sql: sql) }
    }

    /// One task.
    public func task(id: Int64) async throws -> PlanTask? {
        try await database.read { sql in try await Self.tasks(where: "t.id = \(bind: id)", sql: sql).first }
    }

    /// The tasks matching `condition` (over `plan_tasks t`) with their cooperating units.
    static func tasks(where condition: SQLQueryString, sql: any SQLDatabase) async throws -> [PlanTask] {
        let rows = try await sql.raw(
            """
            SELECT t.id, t.plan_id, t.number, t.title, t.description, t.lead_unit_id, t.due_day, t.domains, t.partners,
              t.countries, t.target, t.status, t.progress, t.parent_id, t.version FROM plan_tasks t WHERE
            """ + " " + condition
        ).all()
        var tasks = try rows.map(task)
        var index: [Int64: Int] = [:]
        for (i, task) in tasks.enumerated() { index[task.id] = i }
        guard !tasks.isEmpty else { return [] }
        let units = try await sql.raw(
            "SELECT x.task_id, x.unit_id FROM plan_task_units x JOIN plan_tasks t ON t.id = x.task_id WHERE "
                + condition + " ORDER BY x.task_id, x.position"
        ).all()
        for row in units {
            if let i = index[try row.decode(column: "task_id", as: Int64.self)] {
                tasks[i].draft.cooperatingUnitIds.append(try row.decode(column: "unit_id", as: Int64.self))
            }
        }
        return tasks.sorted { numberKey($0.draft.number).lexicographicallyPrecedes(numberKey($1.draft.number)) }
    }

    /// `3.2.10` → [3, 2, 10], so numbers sort as people read them; a part that is no number sorts after numbers.
    static func numberKey(_ number: String) -> [Int] {
        number.split(separator: ".").map { Int($0) ?? Int.max }
    }

    private static func task(_ row: any SQLRow) throws -> PlanTask {
        func list(_ column: String) throws -> [String] {
            try row.decode(column: column, as: String.self).split(separator: "\n").map(String.init)
        }
        let draft = PlanTaskDraft(
            number: try row.decode(column: "number", as: String.self),
            title: try row.decode(column: "title", as: String.self),
            description: try row.decode(column: "description", as: String.self),
            leadUnitId: try row.decode(column: "lead_unit_id", as: Int64.self),
            due: try row.decodeStoredIfPresent("due_day", table: "plan_tasks") { Day(parsing: $0) },
            domains: try list("domains"), partners: try list("partners"), countries: try list("countries"),
            target: try row.decode(column: "target", as: String.self))
        return PlanTask(
            id: try row.decode(column: "id", as: Int64.self), planId: try row.decode(column: "plan_id", as: Int64.self),
            version: try row.decode(column: "version", as: Int.self), draft: draft,
            status: try row.decodeStored("status", table: "plan_tasks") { PlanTaskStatus(rawValue: $0) },
            progress: try row.decode(column: "progress", as: Int.self),
            parentId: try row.decode(column: "parent_id", as: Int64?.self))
    }

    /// Inserts a task of `planId` with its cooperating units inside the caller's transaction, its parent `parentId`
    /// when given, else the task of the plan numbered as its number less the last part, if that one is stored
    /// already; audits it.
    static func insertTask(
        _ draft: PlanTaskDraft, planId: Int64, parentId given: Int64? = nil, actor: AuditActor, time: Date,
        sql: any SQLDatabase
    ) async throws -> PlanTask {
        try await refuseTakenNumber(draft.number, planId: planId, except: nil, sql: sql)
        let parentId = try await parent(of: draft, given: given, planId: planId, sql: sql)
        let stamp = Timestamp.string(time)
        let id = try await sql.raw(
            """
            INSERT INTO plan_tasks (plan_id, number, title, description, lead_unit_id, due_day, domains, partners,
              countries, target, status, progress, parent_id, version, created_at, updated_at)
            VALUES (\(bind: planId), \(bind: draft.number), \(bind: draft.title), \(bind: draft.description),
              \(bind: draft.leadUnitId), \(bind: draft.due?.description), \(bind: draft.domains.joined(separator: "\n")),
              \(bind: draft.partners.joined(separator: "\n")), \(bind: draft.countries.joined(separator: "\n")),
              \(bind: draft.target), \(bind: PlanTaskStatus.notStarted.rawValue), 0, \(bind: parentId), 1,
              \(bind: stamp), \(bind: stamp))
            RETURNING id
            """
        ).first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw PlanError.taskNotFound }
        try await insertCooperating(draft, taskId: id, sql: sql)
        let task = PlanTask(id: id, planId: planId, draft: draft, parentId: parentId)
        try await AuditStore.append(
            AuditEvent(
                actor: actor, action: .create, entityType: .planTask, entityId: String(id),
                changes: FieldChange.changes(from: nil, to: task.auditValues)), at: time, sql: sql)
        return task
    }

    /// Stores the cooperating units of `draft` for task `taskId`, in order, without the lead unit or repeats.
    static func insertCooperating(_ draft: PlanTaskDraft, taskId: Int64, sql: any SQLDatabase) async throws {
        var seen: Set<Int64> = [draft.leadUnitId]
        for (position, unit) in draft.cooperatingUnitIds.enumerated() where seen.insert(unit).inserted {
            try await sql.raw(
                """
                INSERT INTO plan_task_units (task_id, unit_id, position) VALUES (\(bind: taskId), \(bind: unit),
                  \(bind: position))
                """
            ).run()
        }
    }

    /// Refuses `number` when another task of plan `planId` than `except` has it.
    static func refuseTakenNumber(_ number: String, planId: Int64, except: Int64?, sql: any SQLDatabase)
        async throws
    {
        let taken = try await sql.raw(
            "SELECT id FROM plan_tasks WHERE plan_id = \(bind: planId) AND number = \(bind: number)"
        ).first(decodingColumn: "id", as: Int64.self)
        if let taken, taken != except { throw PlanError.duplicateNumber(number) }
    }

    /// The parent of a task of `planId`: `given` when set, else the task numbered as `draft`'s number less its last
    /// part, if stored.
    static func parent(of draft: PlanTaskDraft, given: Int64?, planId: Int64, sql: any SQLDatabase) async throws
        -> Int64?
    {
        if let given { return given }
        guard let number = draft.parentNumber else { return nil }
        return try await sql.raw(
            "SELECT id FROM plan_tasks WHERE plan_id = \(bind: planId) AND number = \(bind: number)"
        ).first(decodingColumn: "id", as: Int64.self)
    }
}
