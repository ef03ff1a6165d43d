import Foundation
import SQLKit
import YouchengCore

extension PlanStore {
    /// Changes plan `id` to `draft`; refused when it changed since version `expectedVersion` was read
    /// (`PlanError.staleVersion`, nothing changed), or for a parent plan that is not stored or that is the plan
    /// itself or one below it. Audited in the same transaction.
    public func updatePlan(id: Int64, _ draft: PlanDraft, expectedVersion: Int, actor: AuditActor) async throws
        -> Plan
    {
        let draft = try draft.validated()
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            let plans = try await Self.plans(where: "1 = 1", sql: sql)
            guard let before = plans.first(where: { $0.id == id }) else { throw PlanError.planNotFound }
            guard before.version == expectedVersion else { throw PlanError.staleVersion(current: before.version) }
            if let parent = draft.parentId { try Self.checkParent(parent, ofPlan: id, among: plans) }
            let after = Plan(id: id, version: before.version + 1, draft: draft)
            try await sql.raw(
                """
                UPDATE plans SET title = \(bind: draft.title), from_day = \(bind: draft.from.description),
                  to_day = \(bind: draft.to.description), kind = \(bind: draft.kind.rawValue),
                  status = \(bind: draft.status.rawValue), parent_id = \(bind: draft.parentId), version = version + 1,
                  updated_at = \(bind: Timestamp.string(time))
                WHERE id = \(bind: id)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .update, entityType: .plan, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: after.auditValues)), at: time, sql: sql)
            return after
        }
    }

    /// Refuses `parentId` as the parent of plan `planId` unless it is one of `plans` and not the plan itself or one
    /// below it.
    static func checkParent(_ parentId: Int64, ofPlan planId: Int64, among plans: [Plan]) throws {
        let parents = Dictionary(uniqueKeysWithValues: plans.map { ($0.id, $0.draft.parentId) })
        var seen: Set<Int64> = []
        var current: Int64? = parentId
        while let step = current, seen.insert(step).inserted {
            guard parents.keys.contains(step) else { throw Self.unknownParentPlan }
            guard step != planId else {
                throw FieldErrors(errors: [
                    FieldError(
                        code: "invalid_parent", field: "parentId",
                        message: Bilingual(
                            zh: "上级计划不能是本计划或其下级计划", en: "the parent plan cannot be this plan or one below it"))
                ])
            }
            current = parents[step] ?? nil
        }
    }
}
