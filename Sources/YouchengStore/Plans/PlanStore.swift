import Foundation
import SQLKit
import YouchengCore

/// The joint meeting's plans, their tasks and the tasks' progress reports, kept in SQL; every write is audited in
/// its own transaction.
public struct PlanStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// The tables a plan write locks against other writers.
    static let tables = ["plans", "plan_tasks", "plan_task_units", "progress_reports", "units"]

    /// Every plan, newest period first.
    public func plans() async throws -> [Plan] {
        try await database.read { sql in try await Self.plans(where: "1 = 1", sql: sql) }
    }

    /// One plan.
    public func plan(id: Int64) async throws -> Plan? {
        try await database.read { sql in try await Self.plans(where: "id = \(bind: id)", sql: sql).first }
    }

    /// The number of tasks of each plan, by plan id.
    public func taskCounts() async throws -> [Int64: Int] {
        try await database.read { sql in
            var out: [Int64: Int] = [:]
            for row in try await sql.raw("SELECT plan_id, COUNT(*) AS n FROM plan_tasks GROUP BY plan_id").all() {
                out[try row.decode(column: "plan_id", as: Int64.self)] = try row.decode(column: "n", as: Int.self)
            }
            return out
        }
    }

    /// Creates a plan without tasks (an administrator's form, the API).
    public func createPlan(_ draft: PlanDraft, actor: AuditActor) async throws -> Plan {
        let draft = try draft.validated()
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            try await Self.insertPlan(draft, actor: actor, time: time, sql: sql)
        }
    }

    /// The refusal of a parent plan that is not stored: a field error on `parentId` (422 on the form and the API).
    static var unknownParentPlan: FieldErrors {
        FieldErrors(errors: [
            FieldError(
                code: "invalid_parent", field: "parentId",
                message: Bilingual(zh: "上级计划不存在", en: "the parent plan does not exist"))
        ])
    }

    /// Inserts a checked plan inside the caller's transaction and audits it.
    static func insertPlan(_ draft: PlanDraft, actor: AuditActor, time: Date, sql: any SQLDatabase) async throws
        -> Plan
    {
        if let parent = draft.parentId, try await plans(where: "id = \(bind: parent)", sql: sql).isEmpty {
            throw Self.unknownParentPlan
        }
        let stamp = Timestamp.string(time)
        let id = try await sql.raw(
            """
            INSERT INTO plans (title, from_day, to_day, kind, status, parent_id, version, created_at, updated_at)
            VALUES (\(bind: draft.title), \(bind: draft.from.description), \(bind: draft.to.description),
              \(bind: draft.kind.rawValue), \(bind: draft.status.rawValue), \(bind: draft.parentId), 1, \(bind: stamp),
              \(bind: stamp))
            RETURNING id
            """
        ).first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw PlanError.planNotFound }
        let plan = Plan(id: id, draft: draft)
        try await AuditStore.append(
            AuditEvent(
                actor: actor, action: .create, entityType: .plan, entityId: String(id),
                changes: FieldChange.changes(from: nil, to: plan.auditValues)), at: time, sql: sql)
        return plan
    }

    /// The plans matching `condition`, latest period first, then by id.
    static func plans(where condition: SQLQueryString, sql: any SQLDatabase) async throws -> [Plan] {
        try await sql.raw(
            "SELECT id, title, from_day, to_day, kind, status, parent_id, version FROM plans WHERE " + condition
                + " ORDER BY from_day DESC, id"
        ).all().map { row in
            let parse = { (column: String) throws -> Day in
                try row.decodeStored(column, table: "plans") { Day(parsing: $0) }
            }
            return Plan(
                id: try row.decode(column: "id", as: Int64.self),
                version: try row.decode(column: "version", as: Int.self),
                draft: PlanDraft(
                    title: try row.decode(column: "title", as: String.self), from: try parse("from_day"),
                    to: try parse("to_day"),
                    kind: try row.decodeStored("kind", table: "plans") { PlanKind(rawValue: $0) },
                    status: try row.decodeStored("status", table: "plans") { PlanStatus(rawValue: $0) },
                    parentId: try row.decode(column: "parent_id", as: Int64?.self)))
        }
    }
}
