import Foundation
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// `/plans` and `/plans/{id}`: the plan list and its empty state, one plan's progress as of a day (the same figures
/// `youcheng plan status` prints from the same store), the task table's filters combined and its pages.
@Suite struct PlanPagesTests {
    /// Editors `lead`, `coop` and `other` in units of their own, viewer `reader`; a 2021 plan: task 1 led by lead's
    /// unit with coop's cooperating (due 2021-06-30), 1.1 led by lead's unit (due 2021-12-31), 2 led by other's unit
    /// (due 2021-12-31). Lead's unit reported task 1 on 2021-07-01 (in progress, 40%); other's unit reported task 2
    /// done on 2021-03-15.
    static func seeded(_ site: WebTestSite) async throws -> Int64 {
        for name in ["lead", "coop", "other"] { try await site.createUser(name, role: .editor) }
        try await site.createUser("reader", role: .viewer)
        let units = try await site.accounts.units.list(includeInactive: true)
        let rows = try PlanImporter(units: units).plan([
            ["序号", "任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "经贸合作", "单位lead", "单位coop", "2021-06-30"],
            ["1.1", "举办论坛", "单位lead", "", "2021-12"],
            ["2", "青少年交流", "单位other", "", "2021"],
        ])
        let draft = PlanDraft(
            title: "2021年度友城工作计划", from: Day(year: 2021, month: 1, day: 1)!, to: Day(year: 2021, month: 12, day: 31)!)
        let id = try #require(try await site.services.plans.importPlan(draft, rows, dryRun: false, actor: .system).plan)
        let tasks = try await site.services.plans.tasks(planId: id)
        let lead = try await site.unitId(of: "lead")
        let other = try await site.unitId(of: "other")
        _ = try await site.services.plans.addReport(
            ProgressReportDraft(
                date: Day(year: 2021, month: 7, day: 1)!, status: .inProgress, progress: 40, text: "签约"),
            taskId: tasks[0].id, unitId: lead, actor: AuditActor(username: "lead", unitId: lead))
        _ = try await site.services.plans.addReport(
            ProgressReportDraft(date: Day(year: 2021, month: 3, day: 15)!, status: .done, progress: 100, text: "完成"),
            taskId: tasks[2].id, unitId: other, actor: AuditActor(username: "other", unitId: other))
        return id
    }

    /// The task numbers of a plan page's table, in order.
    static func numbers(_ html: String) -> [String] {
        html.components(separatedBy: "<td class=\"number\">").dropFirst().map { String($0.prefix { $0 != "<" }) }
    }

    /// The count in a figure (`fig-overdue`).
    static func figure(_ html: String, _ id: String) -> Int? {
        guard let start = html.range(of: "id=\"\(id)\" data-value=\"")?.upperBound else { return nil }
        return Int(html[start...].prefix { $0.isNumber })
    }

    @Test func theEmptyListSaysHowToAddAPlanAndOnlyAdminsGetTheForm() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("reader", role: .viewer)
            let reader = site.as(try await site.signIn("reader"))

            let admin = try await site.get("/plans").text
            let viewer = try await reader.get("/plans").text

            #expect(admin.contains("id=\"empty-state\"") && admin.contains("youcheng plan import"))
            #expect(admin.contains("href=\"/plans/new\""))
            #expect(viewer.contains("id=\"empty-state\"") && !viewer.contains("href=\"/plans/new\""))
            #expect(viewer.contains("id=\"nav-plans\""))
        }
    }

    @Test func theListShowsEachPlansTasksDoneAndOverdueToday() async throws {
        try await WebTestSite.run { site in
            let id = try await Self.seeded(site)
            let html = try await site.as(try await site.signIn("reader")).get("/plans").text

            // Today (2026-11-23) every open task is past due: 1 and 1.1 are overdue, 2 is done.
            let row = try #require(html.range(of: "data-plan-id=\"\(id)\"")).upperBound
            let cells = html[row...]
            #expect(cells.contains("href=\"/plans/\(id)\">2021年度友城工作计划</a>"))
            #expect(cells.contains("2021-01-01 – 2021-12-31"))
            #expect(cells.contains("<td class=\"num tasks\">3</td>"))
            #expect(cells.contains("<td class=\"num done\">1</td>"))
            #expect(cells.contains("<td class=\"num overdue\">2</td>"))
        }
    }

    @Test func thePlanPageGivesTheFiguresPlanStatusPrintsAsOfTheDayAsked() async throws {
        try await WebTestSite.run { site in
            let id = try await Self.seeded(site)
            let html = try await site.get("/plans/\(id)?asOf=2021-07-01").text
            let status = try await site.services.plans.progress(planId: id, asOf: Day(year: 2021, month: 7, day: 1)!)

            // Worked out by hand: 1 in progress and past its due day, 1.1 not started and not reported in Q3, 2 done.
            #expect(Self.figure(html, "fig-tasks") == 3 && status.tasks == 3)
            #expect(Self.figure(html, "fig-done") == 1 && status.byStatus[.done] == 1)
            #expect(Self.figure(html, "fig-in-progress") == 1 && status.byStatus[.inProgress] == 1)
            #expect(Self.figure(html, "fig-overdue") == 1 && status.overdue == 1)
            #expect(Self.figure(html, "fig-not-reported") == 1 && status.notReported == 1)
            #expect(html.contains("2021年度友城工作计划共3项任务，已完成1项，推进中1项，逾期1项；单位lead本季度未报送进展。"))
            #expect(html.contains(status.sentence.zh))
            // The bars: one a status, each with its count.
            #expect(html.contains("id=\"plan-status-svg\"") && html.contains("已完成: 1") && html.contains("未启动: 1"))
            let overdue = try #require(html.range(of: "id=\"overdue-tasks\"")).upperBound
            #expect(html[overdue...].prefix(200).contains("1 经贸合作"))
            let silent = try #require(html.range(of: "id=\"not-reported-tasks\"")).upperBound
            #expect(html[silent...].prefix(200).contains("1.1 举办论坛"))
            // The unit table: lead's unit leads 2, done 0, overdue 1, not reported 1, linked to its tasks.
            let lead = try await site.unitId(of: "lead")
            let table = try #require(html.range(of: "id=\"units-table\"")).upperBound
            #expect(
                html[table...].contains(
                    "<a href=\"/plans/\(id)?asOf=2021-07-01&amp;unit=\(lead)#tasks\">单位lead</a></td><td class=\"num lead\">2</td>"
                        + "<td class=\"num done\">0</td><td class=\"num overdue\">1</td><td class=\"num not-reported\">1</td>"
                ))
            #expect(Self.numbers(html) == ["1", "1.1", "2"])
            #expect(html.contains("<tr data-task-id=\"") && html.contains("class=\"overdue\""))
        }
    }

    @Test func theTaskFiltersCombineAsTheAPIsDo() async throws {
        try await WebTestSite.run { site in
            let id = try await Self.seeded(site)
            let lead = try await site.unitId(of: "lead")
            let coop = try await site.unitId(of: "coop")
            let other = try await site.unitId(of: "other")
            func numbers(_ query: String) async throws -> [String] {
                Self.numbers(try await site.get("/plans/\(id)?asOf=2021-07-01&\(query)").text)
            }

            #expect(try await numbers("unit=\(coop)") == ["1"])
            #expect(try await numbers("status=notStarted") == ["1.1"])
            #expect(try await numbers("overdue=true") == ["1"])
            #expect(try await numbers("unit=\(lead)&overdue=false") == ["1.1"])
            #expect(try await numbers("unit=\(lead)&status=inProgress&overdue=true") == ["1"])
            let none = try await site.get("/plans/\(id)?asOf=2021-07-01&unit=\(other)&status=inProgress").text
            #expect(Self.numbers(none).isEmpty && none.contains("id=\"tasks-empty\""))
            #expect(none.contains("<option value=\"\(other)\" selected>"))
        }
    }

    @Test func aBadAsOfOrFilterIsRefusedNamingIt() async throws {
        try await WebTestSite.run { site in
            let id = try await Self.seeded(site)

            let badDay = try await site.get("/plans/\(id)?asOf=2021-13-01")
            let badStatus = try await site.get("/plans/\(id)?status=finished")

            #expect(badDay.status == .badRequest && badDay.text.contains("asOf"))
            #expect(badStatus.status == .badRequest && badStatus.text.contains("status"))
            #expect(try await site.get("/plans/999").status == .notFound)
        }
    }

    @Test func tasksArePagedFiftyAPageByNumber() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("lead", role: .editor)
            let lead = try await site.unitId(of: "lead")
            let plan = try await site.services.plans.createPlan(
                PlanDraft(
                    title: "大计划", from: Day(year: 2021, month: 1, day: 1)!, to: Day(year: 2021, month: 12, day: 31)!),
                actor: .system)
            for n in (1...51).reversed() {
                _ = try await site.services.plans.createTask(
                    PlanTaskDraft(number: String(n), title: "任务\(n)", leadUnitId: lead), planId: plan.id, actor: .system
                )
            }

            let first = try await site.get("/plans/\(plan.id)?status=notStarted").text
            let second = try await site.get("/plans/\(plan.id)?status=notStarted&page=2").text

            #expect(Self.numbers(first) == (1...50).map(String.init))
            #expect(Self.numbers(second) == ["51"])
            #expect(first.contains("href=\"/plans/\(plan.id)?status=notStarted&amp;page=2#tasks\""))
        }
    }

    @Test func aPlanWithoutTasksSaysHowToAddOneAndDrawsNoChart() async throws {
        try await WebTestSite.run { site in
            let plan = try await site.services.plans.createPlan(
                PlanDraft(
                    title: "空计划", from: Day(year: 2026, month: 1, day: 1)!, to: Day(year: 2026, month: 12, day: 31)!),
                actor: .system)

            let html = try await site.get("/plans/\(plan.id)").text

            #expect(html.contains("id=\"tasks-empty\"") && html.contains("本计划还没有任务"))
            #expect(!html.contains("<svg") && html.contains("href=\"/plans/\(plan.id)/tasks/new\""))
            #expect(Self.figure(html, "fig-tasks") == 0)
        }
    }
}
