import Foundation
import YouchengCore
import YouchengStore

/// What `plan import` did: the stored report, or the file's errors (nothing stored).
public struct PlanImportOutcome: Sendable {
    /// What was stored (on a dry run, what would have been); nil when the file was refused.
    public var report: PlanImportReport?
    /// The row errors, or the one file-level or plan-level error; empty when the import succeeded.
    public var errors: [Bilingual]
    /// Remarks (columns ignored, the total row skipped).
    public var remarks: [Bilingual]

    /// Whether it stored (or would store) the plan.
    public var succeeded: Bool { report != nil && errors.isEmpty }

    /// `{"plan": ID, "tasks": N, "unitsCreated": [names]}`, with `errors` instead when refused.
    public var json: JSONValue {
        guard let report, errors.isEmpty else {
            return .object([("errors", .array(errors.map { .string($0.both) }))])
        }
        return .object([
            ("plan", report.plan.map { .int(Int($0)) } ?? .null), ("tasks", .int(report.tasks)),
            ("unitsCreated", .array(report.unitsCreated.map(JSONValue.string))),
        ])
    }

    /// The report for people.
    public var text: String {
        var lines = remarks.map(\.both)
        if let report, errors.isEmpty {
            let id = report.plan.map { "计划 \($0) / plan \($0): " } ?? "试运行，未写入 / dry run, nothing stored: "
            lines.append(id + "\(report.tasks) 项任务 / \(report.tasks) tasks")
            if !report.unitsCreated.isEmpty {
                lines.append("新建单位 / units created: " + report.unitsCreated.joined(separator: "、"))
            }
        } else {
            lines.append("未导入，文件有 \(errors.count) 处错误 / nothing imported, \(errors.count) errors:")
            lines += errors.map(\.both)
        }
        return lines.joined(separator: "\n")
    }
}

/// Imports a plan's task table: reads it, checks every row, and stores the plan with all its tasks or nothing.
public enum PlanImportRun {
    /// Runs the import of `table` as plan `draft` into `services`.
    public static func run(
        table: [[String]], draft: PlanDraft, dryRun: Bool, services: Services, actor: AuditActor = .system
    ) async throws -> PlanImportOutcome {
        let importer = PlanImporter(units: try await services.accounts.units.list(includeInactive: true))
        let plan: PlanImportPlan
        do {
            plan = try importer.plan(table)
        } catch {
            return PlanImportOutcome(report: nil, errors: [error.message], remarks: [])
        }
        guard plan.errors.isEmpty else {
            return PlanImportOutcome(report: nil, errors: plan.errors.map(\.message), remarks: plan.remarks)
        }
        do {
            let report = try await services.plans.importPlan(draft, plan, dryRun: dryRun, actor: actor)
            return PlanImportOutcome(report: report, errors: [], remarks: plan.remarks)
        } catch let errors as FieldErrors {
            return PlanImportOutcome(report: nil, errors: errors.errors.map(\.message), remarks: plan.remarks)
        }
    }
}
