import Foundation
import YouchengCore
import YouchengStore

/// A joint meeting's year as issue 13's benchmark asks for it: a plan of `tasks` tasks (250 by default) over 50
/// member units with real department and district names, led unevenly (a few bureaus lead most, as in real plans),
/// each with up to three cooperating units, and four quarters of reports — the lead unit reports on nine tasks in
/// ten each quarter, a cooperating unit on half, and four tasks in five are done in their due quarter. Then the plan's status, timed in the store.
enum PlanBench {
    /// Fifty member units of a city's joint meeting: bureaus, commissions and Nanjing's districts.
    static let units = [
        "市外办", "市商务局", "市教育局", "市科技局", "市文化和旅游局", "市卫生健康委", "市发展改革委", "市工业和信息化局",
        "市农业农村局", "市体育局", "市贸促会", "市侨办", "市台办", "市公安局", "市财政局", "市人力资源社会保障局",
        "市自然资源和规划局", "市生态环境局", "市住房城乡建设委", "市交通运输局", "市水务局", "市市场监管局", "市统计局",
        "市医疗保障局", "市国资委", "市地方金融监管局", "市数据局", "市港口集团", "市广电集团", "市友协", "市青联", "市妇联",
        "市总工会", "市科协", "市社科联", "市文联", "南京大学", "东南大学", "玄武区", "秦淮区", "建邺区", "鼓楼区", "浦口区",
        "栖霞区", "雨花台区", "江宁区", "六合区", "溧水区", "高淳区", "江北新区",
    ]

    /// The plan's task table as a plan document writes it: `1.1` … numbered in ten chapters, a lead unit, 0–3
    /// cooperating units, a due quarter, domains, partners and a target; deterministic.
    static func table(tasks: Int) -> [[String]] {
        var random = SeededRandom(seed: 0x9_1A_2026)
        func next(_ bound: Int) -> Int { random.next(bound) }
        let partners = ["名古屋", "圣路易斯", "莱比锡", "佛罗伦萨", "大田广域市", "豪登省", "墨尔本", "巴伦西亚"]
        let domains = ["经贸", "教育", "科技", "文化", "卫生", "体育", "青少年", "城市管理"]
        let header = ["序号", "任务", "牵头单位", "配合单位", "完成时限", "领域", "友城", "目标"]
        return [header]
            + (0..<tasks).map { i in
                // A third of the tasks led by the first five units, the rest spread over all fifty.
                let lead = i % 3 == 0 ? next(5) : next(units.count)
                let cooperating = (0..<next(4)).map { _ in units[next(units.count)] }.filter { $0 != units[lead] }
                return [
                    "\(i / 25 + 1).\(i % 25 + 1)",
                    "重点任务 \(i + 1)：与\(partners[i % partners.count])深化\(domains[i % domains.count])合作",
                    units[lead], Array(Set(cooperating)).sorted().joined(separator: "、"), "2026Q\(1 + next(4))",
                    domains[i % domains.count], partners[i % partners.count], "完成\(1 + next(5))个合作项目",
                ]
            }
    }

    /// Imports the plan, stores the four quarters of reports, and times the plan's status as of 2026-11-23.
    static func run(tasks count: Int, services: Services) async throws {
        let plans = services.plans
        let table = table(tasks: count)
        let draft = PlanDraft(
            title: "2026年度友城工作计划（基准）", from: Day(parsing: "2026-01-01")!, to: Day(parsing: "2026-12-31")!)
        let imported = try await plans.importPlan(
            draft, try PlanImporter(units: try await services.accounts.units.list(includeInactive: true)).plan(table),
            dryRun: false, actor: .system)
        let planId = imported.plan!
        var random = SeededRandom(seed: 0x2026)
        func next(_ bound: Int) -> Int { random.next(bound) }
        let stored = try await measure("store four quarters of reports") {
            var n = 0
            for task in try await plans.tasks(planId: planId) {
                // Four in five tasks are done in their due quarter; a done task is not reported on again.
                let dueQuarter = ((task.draft.due?.month ?? 12) - 1) / 3
                for quarter in 0..<4 {
                    let day = Day(year: 2026, month: 3 * quarter + 1, day: 1 + next(28))!
                    let done = quarter >= dueQuarter && next(5) < 4
                    let progress = done ? 100 : min(90, 25 * (quarter + 1) - next(10))
                    let units = [task.draft.leadUnitId] + task.draft.cooperatingUnitIds
                    for (k, unit) in units.enumerated() where done || next(10) < (k == 0 ? 9 : 5) {
                        _ = try await plans.addReport(
                            ProgressReportDraft(
                                date: day, status: done ? .done : .inProgress, progress: progress,
                                text: "第\(quarter + 1)季度进展", nextSteps: done ? "" : "继续推进"),
                            taskId: task.id, unitId: unit, actor: .system)
                        n += 1
                    }
                    if done { break }
                }
            }
            return n
        }
        let asOf = Day(parsing: "2026-11-23")!
        let progress = try await measure("plan status, 250 tasks (×100, total)") {
            var last: PlanProgress?
            for _ in 0..<100 { last = try await plans.progress(planId: planId, asOf: asOf) }
            return last!
        }
        let busiest = progress.byUnit.first?.unitId ?? 0
        let workspace = try await measure("workspace of the busiest unit (×100, total)") {
            var last: UnitWorkspace?
            for _ in 0..<100 { last = try await services.workspace.workspace(unitId: busiest, asOf: asOf) }
            return last!
        }
        _ = try await measure("its two rates (×100, total)") {
            for _ in 0..<100 {
                _ = try await services.workspace.reportRates(year: 2026, asOf: asOf, unitId: busiest)
                _ = try await services.workspace.answerRate(year: 2026, unitId: busiest, timeZone: .current)
            }
        }
        let rates = try await measure("every unit's report rate (×100, total)") {
            var last: [ReportRate] = []
            for _ in 0..<100 { last = try await services.workspace.reportRates(year: 2026, asOf: asOf) }
            return last
        }
        print(
            "workspace: \(workspace.tasks.count) tasks, \(workspace.reportsDue.count) reports due; \(rates.count) units rated"
        )
        // scripts/bench reads the plan's id and the unit leading the most tasks from this line.
        print(
            "plan \(planId): \(progress.tasks) tasks over \(progress.byUnit.count) lead units, "
                + "\(imported.unitsCreated.count) units created, \(stored) reports; busiest unit "
                + "\(busiest); \(progress.sentence.zh)")
    }
}
