import Foundation
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// `/tasks/{id}`: the task's fields, parent and children, its reports newest first, and the report form for a
/// writer of its units only — posted back with a redirect, refused fields named (422), another unit refused (403).
@Suite struct TaskPagesTests {
    @Test func theTaskShowsItsFieldsParentChildrenAndReportsNewestFirst() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let tasks = try await site.services.plans.tasks(planId: id)
            let coop = try await site.unitId(of: "coop")
            _ = try await site.services.plans.addReport(
                ProgressReportDraft(
                    date: Day(year: 2021, month: 8, day: 2)!, status: .inProgress, progress: 60, text: "办论坛",
                    nextSteps: "再签约"), taskId: tasks[0].id, unitId: coop,
                actor: AuditActor(username: "coop", unitId: coop))

            let html = try await site.get("/tasks/\(tasks[0].id)").text
            let child = try await site.get("/tasks/\(tasks[1].id)").text

            #expect(html.contains("<h1>1 经贸合作</h1>"))
            #expect(html.contains("单位lead") && html.contains("单位coop") && html.contains("2021-06-30"))
            #expect(html.contains("<li><a href=\"/tasks/\(tasks[1].id)\">1.1 举办论坛</a></li>"))
            #expect(child.contains("id=\"parent-task\" href=\"/tasks/\(tasks[0].id)\""))
            let timeline = try #require(html.range(of: "id=\"report-timeline\"")).upperBound
            let newest = try #require(html.range(of: "2021-08-02", range: timeline..<html.endIndex))
            let older = try #require(html.range(of: "2021-07-01", range: timeline..<html.endIndex))
            #expect(newest.lowerBound < older.lowerBound)
            // Only the report that gives next steps shows them.
            #expect(html.components(separatedBy: "class=\"report-next\"").count == 2 && html.contains("再签约"))
            // The admin's unit (the FAO) is not the task's: no report form.
            #expect(!html.contains("id=\"report-form\""))
        }
    }

    @Test func aWriterOfACooperatingUnitReportsThroughTheFormAndComesBack() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let task = try #require(try await site.services.plans.tasks(planId: id).first)
            let coop = site.as(try await site.signIn("coop"))
            let uri = "/tasks/\(task.id)"

            let page = try await coop.get(uri).text
            let posted = try await coop.post(
                uri + "/reports",
                form: [
                    ("date", "2026-11-20"), ("status", "done"), ("progress", "100"), ("text", "已完成签约"),
                    ("nextSteps", ""),
                ])

            #expect(page.contains("id=\"report-form\"") && page.contains("value=\"2026-11-23\""))
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location] == uri + "?reported=1#reports")
            let after = try #require(try await site.services.plans.task(id: task.id))
            #expect(after.status == .done && after.progress == 100)
            let reports = try await site.services.plans.reports(taskId: task.id)
            #expect(reports.first?.unitId == (try await site.unitId(of: "coop")) && reports.first?.reportedBy == "coop")
            #expect(try await coop.get(uri + "?reported=1").text.contains("id=\"saved-notice\""))
        }
    }

    @Test func refusedFieldsAreNamedAndTheInputKept() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let task = try #require(try await site.services.plans.tasks(planId: id).first)
            let lead = site.as(try await site.signIn("lead"))

            let response = try await lead.post(
                "/tasks/\(task.id)/reports",
                form: [("date", "2021-02-30"), ("status", "inProgress"), ("progress", "120"), ("text", " ")])

            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("id=\"error-date\"") && html.contains("id=\"error-progress\""))
            #expect(html.contains("id=\"error-text\"") && !html.contains("id=\"error-status\""))
            #expect(html.contains("value=\"2021-02-30\"") && html.contains("value=\"120\""))
            #expect(html.contains("完成进度「120」应为 0 到 100 之间的整数"))
            #expect(try await site.services.plans.reports(taskId: task.id).count == 1)
        }
    }

    @Test func anotherUnitsWriterAViewerAndTheAdminGetNoFormAndARefusal() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let task = try #require(try await site.services.plans.tasks(planId: id).first)
            let uri = "/tasks/\(task.id)"
            let form = [("date", "2026-11-20"), ("status", "done"), ("progress", "100"), ("text", "冒报")]
            let other = site.as(try await site.signIn("other"))
            let reader = site.as(try await site.signIn("reader"))

            #expect(!(try await other.get(uri).text.contains("id=\"report-form\"")))
            #expect(!(try await reader.get(uri).text.contains("id=\"report-form\"")))
            let refused = try await other.post(uri + "/reports", form: form)
            #expect(refused.status == .forbidden && refused.text.contains("<html"))
            #expect(try await reader.post(uri + "/reports", form: form).status == .forbidden)
            #expect(try await site.post(uri + "/reports", form: form).status == .forbidden)
            #expect(try await site.services.plans.reports(taskId: task.id).count == 1)
            #expect(try await site.get("/tasks/999").status == .notFound)
        }
    }
}

/// The audit log links plan, task and report entries to the plan and task pages.
@Suite struct PlanAuditLinkTests {
    @Test func planTaskAndReportEntriesLinkToTheirPages() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let task = try #require(try await site.services.plans.tasks(planId: id).first)
            let report = try #require(try await site.services.plans.reports(taskId: task.id).first)

            let plans = try await site.get("/audit?entity=plan").text
            let tasks = try await site.get("/audit?entity=planTask").text
            let reports = try await site.get("/audit?entity=progressReport").text

            #expect(
                plans.contains("data-entity=\"plan:\(id)\">") && plans.contains("<a href=\"/plans/\(id)\">\(id)</a>"))
            #expect(tasks.contains("<a href=\"/tasks/\(task.id)\">\(task.id)</a>"))
            // A report has no page: its entry links to its task.
            #expect(reports.contains("data-entity=\"progressReport:\(report.id)\">"))
            #expect(reports.contains("<a href=\"/tasks/\(task.id)\">\(report.id)</a>"))
        }
    }
}
