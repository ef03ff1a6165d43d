import Foundation
import YouchengCore
import YouchengStore

/// `--plan`: the joint meeting's figures at the size — a plan of 250 tasks over 50 units (each with two
/// cooperating units) with four quarters of reports by the lead units — and the time of a unit's workspace, every
/// unit's report rates and the plan's progress, each over 100 calls.
enum WorkspaceBench {
    static func run(services: Services) async throws {
        var names: [String] = []
        for i in 0..<50 {
            let name = "基准单位\(i)"
            _ = try await services.accounts.units.create(
                UnitDraft(nameZh: name, nameEn: "", kind: .bureau, homeCode: nil, contactPerson: ""), by: .system)
            names.append(name)
        }
        let units = try await services.accounts.units.list(includeInactive: true)
        var rows = [["序号", "任务", "牵头单位", "配合单位", "完成时限"]]
        for i in 0..<250 {
            let cooperating = [names[(i + 7) % 50], names[(i + 19) % 50]].joined(separator: "、")
            rows.append(["\(i + 1)", "基准任务\(i + 1)", names[i % 50], cooperating, "2026-12-31"])
        }
        let plan = try PlanImporter(units: units).plan(rows)
        let draft = PlanDraft(
            title: "基准计划", from: Day(year: 2026, month: 1, day: 1)!, to: Day(year: 2026, month: 12, day: 31)!)
        let planId = try await measure("plan import, 250 tasks over 50 units") {
            try await services.plans.importPlan(draft, plan, dryRun: false, actor: .system).plan!
        }
        let tasks = try await services.plans.tasks(planId: planId)
        try await measure("1,000 progress reports (one at a time)") {
            for task in tasks {
                for month in [2, 5, 8, 11] {
                    _ = try await services.plans.addReport(
                        ProgressReportDraft(
                            date: Day(year: 2026, month: month, day: 15)!, status: .inProgress, progress: 25,
                            text: "进展"), taskId: task.id, unitId: task.draft.leadUnitId, actor: .system)
                }
            }
        }
        let asOf = Day(year: 2026, month: 12, day: 7)!
        let unitId = tasks[0].draft.leadUnitId
        let workspace = try await measure("workspace of one unit (×100, total)") {
            var last: UnitWorkspace?
            for _ in 0..<100 { last = try await services.workspace.workspace(unitId: unitId, asOf: asOf) }
            return last!
        }
        _ = try await measure("its two rates (×100, total)") {
            for _ in 0..<100 {
                _ = try await services.workspace.reportRates(year: 2026, asOf: asOf, unitId: unitId)
                _ = try await services.workspace.answerRate(year: 2026, unitId: unitId, timeZone: .current)
            }
        }
        let rates = try await measure("every unit's report rate (×100, total)") {
            var last: [ReportRate] = []
            for _ in 0..<100 { last = try await services.workspace.reportRates(year: 2026, asOf: asOf) }
            return last
        }
        _ = try await measure("plan progress (×100, total)") {
            for _ in 0..<100 { _ = try await services.plans.progress(planId: planId, asOf: asOf) }
        }
        print(
            "workspace: \(workspace.tasks.count) tasks, \(workspace.reportsDue.count) reports due; \(rates.count) units rated"
        )
    }
}
