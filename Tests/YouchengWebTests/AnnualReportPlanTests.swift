import Foundation
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// The annual report's plan section: the plans in force or closed whose period touches the year, judged as of
/// 31 December or today when the year still runs; drafts and plans of other years are left out.
@Suite struct AnnualReportPlanTests {
    /// Units `lead` and `other`; the 2021 plan (in force): task 1 led by lead, due 2021-06-30, reported by lead on
    /// 2021-10-01 (in progress, 40%); task 2 led by other, due 2021 (its last day), never reported. Also a draft 2021
    /// plan and a closed 2019–2020 plan, each with one task, that the report must leave out.
    func seeded(_ site: WebTestSite) async throws {
        for name in ["lead", "other"] { try await site.createUser(name, role: .editor) }
        let units = try await site.accounts.units.list(includeInactive: true)
        let lead = try #require(units.first { $0.nameZh == "单位lead" })
        func plan(_ title: String, _ from: String, _ to: String, _ status: PlanStatus, _ rows: [[String]]) async throws
            -> Int64
        {
            let draft = PlanDraft(
                title: title, from: try #require(Day(parsing: from)), to: try #require(Day(parsing: to)),
                status: status)
            let tasks = try PlanImporter(units: units).plan([["序号", "任务", "牵头单位", "完成时限"]] + rows)
            return try #require(
                try await site.services.plans.importPlan(draft, tasks, dryRun: false, actor: .system).plan)
        }
        let id = try await plan(
            "2021年度友城工作计划", "2021-01-01", "2021-12-31", .inForce,
            [["1", "经贸合作", "单位lead", "2021-06-30"], ["2", "青少年交流", "单位other", "2021"]])
        _ = try await plan("2021年度草案", "2021-01-01", "2021-12-31", .draft, [["1", "草案任务", "单位lead", "2021"]])
        _ = try await plan("2019—2020年行动计划", "2019-01-01", "2020-12-31", .closed, [["1", "旧任务", "单位lead", "2020"]])
        let first = try #require(try await site.services.plans.tasks(planId: id).first { $0.draft.number == "1" })
        _ = try await site.services.plans.addReport(
            ProgressReportDraft(
                date: try #require(Day(parsing: "2021-10-01")), status: .inProgress, progress: 40, text: "已签约"),
            taskId: first.id, unitId: lead.id, actor: .system)
    }

    @Test func theYearsPlanIsJudgedAsOfTheYearsEnd() async throws {
        try await WebTestSite.run { site in
            try await seeded(site)
            let report = try await site.reports().annual(year: 2021)
            let section = try #require(
                report.sections(.zh, reference: .bundled, friendshipLabel: "友好交流城市").first { $0.key == "plans" })

            // As of 2021-12-31: task 1 (due 06-30, in progress) is overdue but reported in Q4; task 2 (due 12-31, the
            // as-of day) is not overdue yet and has no Q4 report from its lead unit.
            #expect(report.plansAsOf == Day(parsing: "2021-12-31"))
            #expect(section.head == ["工作计划", "任务", "未启动", "推进中", "已完成", "已取消", "逾期", "本季度未报送"])
            #expect(section.rows == [["2021年度友城工作计划", "2", "1", "1", "0", "0", "1", "1"]])
            #expect(section.text == "截至2021-12-31：2021年度友城工作计划共2项任务，已完成0项，推进中1项，逾期1项；单位other本季度未报送进展。")
        }
    }

    @Test func theRunningYearIsJudgedAsOfToday() async throws {
        try await WebTestSite.run { site in
            try await seeded(site)
            let report = try await site.reports().annual(year: 2021, today: Day(parsing: "2021-06-30"))
            let progress = try #require(report.plans.first)

            // On 2021-06-30 task 1 is due that very day (not overdue), and neither task has a lead report in Q2.
            #expect(report.plans.count == 1 && progress.overdue == 0 && progress.notReported == 2)
        }
    }

    @Test func aYearWithoutAPlanSaysSoAndThePageShowsTheSection() async throws {
        try await WebTestSite.run { site in
            try await seeded(site)
            let empty = try await site.reports().annual(year: 2022)
            let section = try #require(
                empty.sections(.en, reference: .bundled, friendshipLabel: "友好交流城市").first { $0.key == "plans" })
            let page = try await site.get("/reports/annual?year=2021")

            #expect(empty.plans.isEmpty && section.rows.isEmpty && section.text == "No plan was in force in 2022.")
            #expect(page.text.contains("id=\"report-plans\""))
            #expect(page.text.contains("2021年度友城工作计划共2项任务"))
        }
    }
}
