import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// `/workspace`, `/api/v1/workspace` and `/units/responsiveness`: an editor sees their own unit only, administrators
/// and viewers choose a unit, editors land on their workspace after signing in, and both rates per unit.
@Suite struct WorkspacePagesTests {
    /// Editors bob and carol, viewer vic, each in a unit of their own; a 2026 plan in force: task 1 led by bob's
    /// unit (due 2026-06-30, overdue on the site's today, 2026-11-23), task 2 led by carol's with bob's cooperating
    /// (reported by carol this quarter); a notice to bob's unit (deadline 2026-12-01) and one to carol's.
    func seeded(_ site: WebTestSite) async throws -> (bob: Int64, carol: Int64, tasks: [Int64]) {
        try await site.createUser("bob", role: .editor)
        try await site.createUser("carol", role: .editor)
        try await site.createUser("vic", role: .viewer)
        let (bob, carol) = (try await site.unitId(of: "bob"), try await site.unitId(of: "carol"))
        let units = try await site.accounts.units.list(includeInactive: true)
        let rows = try PlanImporter(units: units).plan([
            ["序号", "任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "鲍勃的<任务>", "单位bob", "", "2026-06-30"],
            ["2", "卡萝尔的任务", "单位carol", "单位bob", "2026-12-31"],
        ])
        let draft = PlanDraft(
            title: "2026年度计划", from: Day(year: 2026, month: 1, day: 1)!, to: Day(year: 2026, month: 12, day: 31)!)
        let plan = try #require(
            try await site.services.plans.importPlan(draft, rows, dryRun: false, actor: .system).plan)
        let tasks = try await site.services.plans.tasks(planId: plan).map(\.id)
        _ = try await site.services.plans.addReport(
            ProgressReportDraft(
                date: Day(year: 2026, month: 10, day: 1)!, status: .inProgress, progress: 20, text: "已启动"),
            taskId: tasks[1], unitId: carol, actor: .system)
        for (title, unit) in [("给鲍勃的通知", bob), ("给卡萝尔的通知", carol)] {
            _ = try await site.services.notices.create(
                NoticeDraft(
                    title: title, kind: .fairInvitation, deadline: Day(year: 2026, month: 12, day: 1),
                    addressees: .units([unit])), by: .system)
        }
        return (bob, carol, tasks)
    }

    /// The text of the section with id `id` (to its closing tag).
    func section(_ html: String, _ id: String) throws -> String {
        let start = try #require(html.range(of: "<section id=\"\(id)\""))
        let end = try #require(html.range(of: "</section>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.lowerBound])
    }

    @Test func anEditorSeesTheirOwnUnitsTasksReportsDueAndNoticesOnly() async throws {
        try await WebTestSite.run { site in
            let (_, carol, tasks) = try await seeded(site)
            let bob = site.as(try await site.signIn("bob"))

            let page = try await bob.get("/workspace")

            #expect(page.status == .ok)
            let html = page.text
            #expect(!html.contains("id=\"workspace-unit-form\""))
            let taskTable = try section(html, "workspace-tasks")
            #expect(taskTable.contains("鲍勃的&lt;任务&gt;") && taskTable.contains("卡萝尔的任务"))
            #expect(taskTable.contains("href=\"/tasks/\(tasks[0])\""))
            #expect(taskTable.contains("data-role=\"lead\"") && taskTable.contains("data-role=\"cooperating\""))
            #expect(taskTable.contains("<tr data-task-id=\"\(tasks[0])\" class=\"overdue\">"))
            // Carol reported on task 2 this quarter, bob did not: both are due from bob.
            let due = try section(html, "workspace-due")
            #expect(due.contains("2026年第四季度") && due.contains("2026-12-31"))
            #expect(due.contains("data-task-id=\"\(tasks[0])\"") && due.contains("data-task-id=\"\(tasks[1])\""))
            let notices = try section(html, "workspace-notices")
            #expect(notices.contains("给鲍勃的通知") && !notices.contains("给卡萝尔的通知"))
            #expect(try section(html, "workspace-exchanges").contains("本单位2026年还没有登记交流活动"))
            let bobUnit = try await site.unitId(of: "bob")
            for (title, start) in [("今年的交流", "2026-05-04"), ("去年的交流", "2025-12-31")] {
                _ = try await site.exchanges.save(
                    ExchangeDraft(
                        title: title, start: try #require(Day(parsing: start)), end: try #require(Day(parsing: start)),
                        kind: .event, countries: ["JP"], unitId: bobUnit), id: nil, expectedVersion: nil, actor: .system
                )
            }
            let exchanges = try section(try await bob.get("/workspace").text, "workspace-exchanges")
            #expect(
                exchanges.contains("href=\"/exchanges?from=2026-01-01&amp;to=2026-12-31&amp;unit=\(bobUnit)\">共 1 项"))
            #expect(exchanges.contains("今年的交流") && !exchanges.contains("去年的交流"))
            #expect(try await bob.get("/workspace?unit=\(carol)").status == .forbidden)
        }
    }

    @Test func anAdministratorChoosesAUnitAndAnUnknownOneIsNotFound() async throws {
        try await WebTestSite.run { site in
            let (_, carol, tasks) = try await seeded(site)

            let page = try await site.get("/workspace?unit=\(carol)")

            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("<option value=\"\(carol)\" selected>单位carol</option>"))
            let taskTable = try section(html, "workspace-tasks")
            #expect(
                taskTable.contains("data-task-id=\"\(tasks[1])\"")
                    && !taskTable.contains("data-task-id=\"\(tasks[0])\""))
            // Carol reported this quarter: nothing is due; her notice waits.
            #expect(try section(html, "workspace-due").contains("本季度的进展均已报送"))
            #expect(try section(html, "workspace-notices").contains("给卡萝尔的通知"))
            #expect(try await site.get("/workspace?unit=9999").status == .notFound)
            #expect(try await site.get("/workspace?unit=abc").status == .badRequest)
        }
    }

    @Test func aViewerChoosesAUnitAndWithoutOneSeesTheirOwnEmptyWorkspace() async throws {
        try await WebTestSite.run { site in
            let (bobUnit, _, tasks) = try await seeded(site)
            let vic = site.as(try await site.signIn("vic"))

            let chosen = try await vic.get("/workspace?unit=\(bobUnit)").text
            let own = try await vic.get("/workspace").text

            #expect(chosen.contains("data-task-id=\"\(tasks[0])\""))
            #expect(own.contains("id=\"workspace-unit-form\"") && own.contains("单位vic"))
            #expect(try section(own, "workspace-tasks").contains("本单位目前没有牵头或配合的任务"))
            #expect(try section(own, "workspace-notices").contains("没有待回复的通知"))
            #expect(try section(own, "workspace-due").contains("本单位没有生效计划中的任务"))
        }
    }

    @Test func aUserWhoseUnitIsInactiveIsAskedToPickOne() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("vic", role: .viewer)
            let session = try await site.signIn("vic")
            _ = try await site.accounts.units.deactivate(
                id: try await site.unitId(of: "vic"), expectedVersion: nil, by: .system)

            let page = try await site.as(session).get("/workspace")

            #expect(page.status == .ok)
            #expect(page.text.contains("id=\"pick-unit\"") && !page.text.contains("id=\"workspace-tasks\""))
        }
    }

    @Test func anEditorLandsOnTheWorkspaceAfterSigningInAndOthersOnTheOverview() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            try await site.createUser("vic", role: .viewer)

            let editor = try await site.signInAttempt("bob", password: WebTestSite.password)
            let viewer = try await site.signInAttempt("vic", password: WebTestSite.password)
            let asked = try await site.signInAttempt("bob", password: WebTestSite.password, next: "/notices")

            #expect(editor.headers[.location] == "/workspace")
            #expect(viewer.headers[.location] == "/")
            #expect(asked.headers[.location] == "/notices")
            let bob = site.as(try await site.signIn("bob"))
            #expect(
                try await bob.get("/workspace").text.contains(
                    "id=\"nav-workspace\" href=\"/workspace\" aria-current=\"page\""))
        }
    }

    @Test func theAPIAnswersTheSameWorkspaceAsJSON() async throws {
        try await WebTestSite.run { site in
            let (bobUnit, carol, tasks) = try await seeded(site)
            let bob = site.as(try await site.signIn("bob"))

            let response = try await bob.get("/api/v1/workspace")

            #expect(response.status == .ok)
            let json = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let unit = try #require(json["unit"] as? [String: Any])
            #expect(unit["id"] as? Int == Int(bobUnit) && unit["name"] as? String == "单位bob")
            #expect(json["asOf"] as? String == "2026-11-23")
            let items = try #require(json["tasks"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? Int } == [Int(tasks[0]), Int(tasks[1])])
            #expect(items.map { $0["role"] as? String } == ["lead", "cooperating"])
            #expect(items.first?["overdue"] as? Bool == true)
            #expect((items.first?["plan"] as? [String: Any])?["title"] as? String == "2026年度计划")
            #expect(json["reportsDue"] as? [Int] == [Int(tasks[0]), Int(tasks[1])])
            let notices = try #require(json["notices"] as? [[String: Any]])
            #expect(notices.map { $0["title"] as? String } == ["给鲍勃的通知"])
            let quarter = try #require(json["quarter"] as? [String: Any])
            #expect(quarter["quarter"] as? String == "2026Q4" && quarter["to"] as? String == "2026-12-31")
            // Task 1 was open in Q1 and Q2 (due 30 June), never reported: 0 of 2.
            let rates = try #require(json["rates"] as? [String: Any])
            let reports = try #require(rates["reports"] as? [String: Any])
            #expect(reports["required"] as? Int == 2 && reports["reported"] as? Int == 0)
            // Bob may still answer the notice due 1 December on time: no answer rate yet.
            #expect(rates["answers"] is NSNull)
            #expect(try await bob.get("/api/v1/workspace?unit=\(carol)").status == .forbidden)
            let chosen = try await site.get("/api/v1/workspace?unit=\(carol)&asOf=2026-10-15")
            #expect(chosen.status == .ok && chosen.text.contains("\"reportsDue\":[]"))
            #expect(try await site.signedOut.get("/api/v1/workspace").status == .unauthorized)
        }
    }

    @Test func theResponsivenessPageShowsBothRatesOfEachUnit() async throws {
        try await WebTestSite.run { site in
            let (bobUnit, carol, _) = try await seeded(site)
            let bob = site.as(try await site.signIn("bob"))
            // Carol answers her notice on the site's today, before its deadline; bob does not answer.
            let notices = try await site.services.notices.list(
                NoticeQuery(unitId: carol), today: Day(year: 2026, month: 11, day: 23)!)
            _ = try await site.services.notices.respond(
                noticeId: try #require(notices.items.first).notice.id, unitId: carol,
                NoticeResponseDraft(answer: .interested), by: .system)

            let page = try await bob.get("/units/responsiveness?year=2026")

            #expect(page.status == .ok)
            let html = page.text
            // Bob's unit: its notice, due 1 December, is not answered but still may be (no rate yet); task 1 in Q1–Q2
            // not reported (0 of 2).
            #expect(
                html.contains(
                    "<tr data-unit-id=\"\(bobUnit)\"><td class=\"unit\">单位bob</td><td class=\"num answers\">—</td><td class=\"num reports\">0/2（0%）</td></tr>"
                ))
            // Carol's unit: answered on time (1 of 1); task 2 in Q1–Q3, reported only on 1 October (Q4): 0 of 3.
            #expect(html.contains("<td class=\"num answers\">1/1（100%）</td><td class=\"num reports\">0/3（0%）</td>"))
            #expect(try await bob.get("/units/responsiveness?year=2019").text.contains("id=\"empty-state\""))
            #expect(try await bob.get("/units/responsiveness?year=abc").status == .badRequest)
            #expect(try await bob.get("/notices").text.contains("href=\"/units/responsiveness?year=2026\""))
            #expect(try await bob.get("/workspace").text.contains("id=\"workspace-report-rate\">0/2（0%）"))
        }
    }
}
