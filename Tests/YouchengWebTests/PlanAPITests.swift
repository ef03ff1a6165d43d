import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// The plans API: the list and the task list with its filters and paging, and progress reports refused for any
/// unit but the task's own (403), with every bad field named (422).
@Suite struct PlanAPITests {
    func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    func send(_ site: WebTestSite, _ username: String, _ method: HTTPRequest.Method, _ uri: String, _ body: String = "")
        async throws -> TestResponse
    {
        let token = try await site.accounts.tokens.create(username: username, name: "t", by: .system).plaintext
        return try await site.signedOut.execute(
            uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    /// Editors `lead`, `coop` and `other` in units of their own; a plan whose task 1 is led by lead's unit with
    /// coop's cooperating (due 2021-06-30) and task 2 led by other's unit (due 2021-12-31). Returns the plan id.
    func seeded(_ site: WebTestSite) async throws -> Int64 {
        for name in ["lead", "coop", "other"] { try await site.createUser(name, role: .editor) }
        let units = try await site.accounts.units.list(includeInactive: true)
        let rows = try PlanImporter(units: units).plan([
            ["序号", "任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "经贸合作", "单位lead", "单位coop", "2021-06-30"],
            ["2", "青少年交流", "单位other", "", "2021"],
        ])
        let draft = PlanDraft(
            title: "2021年度友城工作计划", from: Day(year: 2021, month: 1, day: 1)!, to: Day(year: 2021, month: 12, day: 31)!)
        return try #require(try await site.services.plans.importPlan(draft, rows, dryRun: false, actor: .system).plan)
    }

    @Test func thePlanListIsPagedLikeThePartnershipList() async throws {
        try await WebTestSite.run { site in
            let id = try await seeded(site)
            let body = try object(try await send(site, "other", .get, "/api/v1/plans"))
            #expect(body["total"] as? Int == 1 && body["page"] as? Int == 1 && body["per"] as? Int == 50)
            let item = try #require((body["items"] as? [[String: Any]])?.first)
            #expect(
                item["id"] as? Int == Int(id) && item["tasks"] as? Int == 2 && item["from"] as? String == "2021-01-01")
        }
    }

    @Test func tasksAreFilteredByUnitStatusAndOverdue() async throws {
        try await WebTestSite.run { site in
            let id = try await seeded(site)
            let coop = try #require(
                try await site.accounts.units.list(includeInactive: true).first { $0.nameZh == "单位coop" })
            func numbers(_ query: String) async throws -> [String] {
                let body = try object(try await send(site, "other", .get, "/api/v1/plans/\(id)/tasks\(query)"))
                return (body["items"] as? [[String: Any]] ?? []).compactMap { $0["number"] as? String }
            }
            #expect(try await numbers("") == ["1", "2"])
            #expect(try await numbers("?unit=\(coop.id)") == ["1"])
            #expect(try await numbers("?overdue=true&asOf=2021-06-30") == [])
            #expect(try await numbers("?overdue=true&asOf=2021-07-01") == ["1"])
            #expect(try await numbers("?overdue=false&asOf=2021-07-01") == ["2"])
            #expect(try await numbers("?status=notStarted&per=1&page=2") == ["2"])
            let bad = try await send(site, "other", .get, "/api/v1/plans/\(id)/tasks?status=finished")
            #expect(bad.status == .badRequest)
            #expect(try await send(site, "other", .get, "/api/v1/plans/999/tasks").status == .notFound)
        }
    }

    @Test func theTasksUnitsReportAndAnyOtherUnitIsRefused() async throws {
        try await WebTestSite.run { site in
            let id = try await seeded(site)
            let task = try #require(try await site.services.plans.tasks(planId: id).first)
            let uri = "/api/v1/tasks/\(task.id)/reports"
            let report =
                #"{"date": "2021-07-01", "status": "inProgress", "progress": 40, "text": "已签约", "nextSteps": "办论坛"}"#
            let created = try await send(site, "coop", .post, uri, report)
            #expect(created.status == .created)
            let body = try object(created)
            #expect(body["progress"] as? Int == 40 && body["nextSteps"] as? String == "办论坛")
            #expect(try await site.services.plans.task(id: task.id)?.progress == 40)
            #expect(try await send(site, "other", .post, uri, report).status == .forbidden)
            // The administrator's unit (the FAO) is not the task's: nobody reports for another unit.
            #expect(try await send(site, WebTestSite.adminName, .post, uri, report).status == .forbidden)
            #expect(try await site.services.plans.reports(taskId: task.id).count == 1)
        }
    }

    @Test func badFieldsAreNamedWith422() async throws {
        try await WebTestSite.run { site in
            let id = try await seeded(site)
            let task = try #require(try await site.services.plans.tasks(planId: id).first)
            let response = try await send(
                site, "lead", .post, "/api/v1/tasks/\(task.id)/reports",
                #"{"date": "2021-13-01", "status": "finished", "progress": 120, "text": ""}"#)
            #expect(response.status == .unprocessableContent)
            let error = try #require(try object(response)["error"] as? [String: Any])
            let fields = (error["details"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
            #expect(fields == ["date", "status", "progress", "text"])
        }
    }
}
