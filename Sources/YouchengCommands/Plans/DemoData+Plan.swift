import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

extension DemoData {
    /// The demo plan's title.
    static let planTitle = "2026年度友城工作计划（演示）"

    /// Loads the demo plan (fictional: a dozen tasks of the demo units for 2026, `demo_plan`) with a few progress
    /// reports, when the database holds no plan and its registry is the demo; returns whether it did.
    @discardableResult
    public static func loadPlanIfEmpty(into services: Services) async throws -> Bool {
        guard try await services.plans.plans().isEmpty, try await isDemo(services.registry) else { return false }
        let read = try RegistryFiles.read(data: try file("demo_plan"), filename: "demo_plan.csv")
        let draft = PlanDraft(
            title: planTitle, from: Day(year: 2026, month: 1, day: 1)!, to: Day(year: 2026, month: 12, day: 31)!)
        let outcome = try await PlanImportRun.run(table: read.table, draft: draft, dryRun: false, services: services)
        guard let id = outcome.report?.plan, outcome.succeeded else {
            throw CommandFailure(outcome.errors.first ?? Bilingual(zh: "演示数据有误", en: "bad demo data"))
        }
        let tasks = Dictionary(
            try await services.plans.tasks(planId: id).map { ($0.draft.number, $0) }, uniquingKeysWith: { a, _ in a })
        let reports: [(String, String, PlanTaskStatus, Int, String)] = [
            ("1.1", "2026-05-20", .done, 100, "洽谈会已举办，签约意向3项（演示）"),
            ("3.1", "2026-04-15", .inProgress, 50, "迪拜推介会已完成1场（演示）"),
            ("5", "2026-03-20", .done, 100, "已回访休眠友城6个（演示）"),
            ("1", "2026-10-10", .inProgress, 60, "已促成签约项目3个（演示）"),
            ("2", "2026-07-05", .inProgress, 40, "新增姊妹学校1对（演示）"),
            ("4", "2026-10-08", .inProgress, 30, "联合实验室方案已提交（演示）"),
        ]
        for (number, date, status, progress, text) in reports {
            guard let task = tasks[number], let day = Day(parsing: date) else { continue }
            _ = try await services.plans.addReport(
                ProgressReportDraft(date: day, status: status, progress: progress, text: text), taskId: task.id,
                unitId: task.draft.leadUnitId, actor: .system)
        }
        return true
    }
}
