import Foundation
import SQLKit
import YouchengCore

/// What a plan import stored (or, on a dry run, would have stored).
public struct PlanImportReport: Sendable, Hashable, Codable {
    /// The new plan's id; nil on a dry run.
    public var plan: Int64?
    /// The tasks stored.
    public var tasks: Int
    /// The units created because no unit had their name, in first-seen order.
    public var unitsCreated: [String]

    /// Creates a report.
    public init(plan: Int64?, tasks: Int, unitsCreated: [String]) {
        self.plan = plan
        self.tasks = tasks
        self.unitsCreated = unitsCreated
    }
}

extension PlanStore {
    /// Creates plan `draft` with the tasks of `rows` in one transaction, creating the units no unit has the name of
    /// (kind "other") and auditing the plan, each task, each unit and the import. A dry run does it all and rolls
    /// it back, so it reports what would be stored, unit names included.
    public func importPlan(_ draft: PlanDraft, _ rows: PlanImportPlan, dryRun: Bool, actor: AuditActor) async throws
        -> PlanImportReport
    {
        let draft = try draft.validated()
        let time = now()
        do {
            return try await database.writeTransaction(locking: Self.tables) { sql in
                let plan = try await Self.insertPlan(draft, actor: actor, time: time, sql: sql)
                var ids = try await Self.unitIds(sql: sql)
                var created: [String] = []
                for name in rows.newUnits where ids[NameKey.fold(name)] == nil {
                    let unit = try await UnitStore.insert(
                        try UnitDraft(nameZh: name, nameEn: "", kind: .other, homeCode: nil, contactPerson: "")
                            .validated(), actor: actor, time: time, sql: sql)
                    ids[NameKey.fold(name)] = unit.id
                    created.append(name)
                }
                for row in rows.rows {
                    guard let lead = ids[NameKey.fold(row.lead)] else { throw AccountError.unitNotFound(row.lead) }
                    let task = PlanTaskDraft(
                        number: row.number, title: row.title, description: row.notes, leadUnitId: lead,
                        cooperatingUnitIds: row.cooperating.compactMap { ids[NameKey.fold($0)] }, due: row.due,
                        domains: row.domains, partners: row.partners, target: row.target)
                    _ = try await Self.insertTask(task, planId: plan.id, actor: actor, time: time, sql: sql)
                }
                let report = PlanImportReport(plan: plan.id, tasks: rows.rows.count, unitsCreated: created)
                try await AuditStore.append(
                    AuditEvent(
                        actor: actor, action: .imported, entityType: .plan, entityId: String(plan.id),
                        changes: [
                            FieldChange(field: "tasks", before: nil, after: String(report.tasks)),
                            FieldChange(field: "newUnits", before: nil, after: created.joined(separator: "、")),
                        ]), at: time, sql: sql)
                if dryRun { throw DryRun(report: report) }
                return report
            }
        } catch let dry as DryRun {
            return PlanImportReport(plan: nil, tasks: dry.report.tasks, unitsCreated: dry.report.unitsCreated)
        }
    }

    /// Thrown to roll a dry run back, carrying what it would have stored.
    private struct DryRun: Error {
        let report: PlanImportReport
    }

    /// Every unit's id by its folded Chinese and English names.
    static func unitIds(sql: any SQLDatabase) async throws -> [String: Int64] {
        var ids: [String: Int64] = [:]
        for row in try await sql.raw("SELECT id, name_zh, name_en FROM units ORDER BY id DESC").all() {
            let id = try row.decode(column: "id", as: Int64.self)
            for column in ["name_en", "name_zh"] {
                let key = NameKey.fold(try row.decode(column: column, as: String.self))
                if !key.isEmpty { ids[key] = id }
            }
        }
        return ids
    }
}
