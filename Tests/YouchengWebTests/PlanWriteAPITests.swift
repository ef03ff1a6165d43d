import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// Administrators' plan and task writes through the API: created (201), changed field by field (200), bad fields
/// named (422), a taken number or a stale version refused (409) with nothing changed, other roles refused (403).
@Suite struct PlanWriteAPITests {
    func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    func send(_ site: WebTestSite, _ username: String, _ method: HTTPRequest.Method, _ uri: String, _ body: String)
        async throws -> TestResponse
    {
        let token = try await site.accounts.tokens.create(username: username, name: "t", by: .system).plaintext
        return try await site.signedOut.execute(
            uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    /// The `field` of each error detail.
    func fields(_ response: TestResponse) throws -> [String] {
        let error = try #require(try object(response)["error"] as? [String: Any])
        return (error["details"] as? [[String: Any]] ?? []).compactMap { $0["field"] as? String }
    }

    @Test func anAdminCreatesAPlanAndPatchesOneField() async throws {
        try await WebTestSite.run { site in
            let admin = WebTestSite.adminName
            let created = try await send(
                site, admin, .post, "/api/v1/plans",
                #"{"title": "2022年度计划", "from": "2022-01-01", "to": "2022-12-31", "kind": "special"}"#)
            #expect(created.status == .created)
            let id = try #require(try object(created)["id"] as? Int)
            #expect(try object(created)["status"] as? String == "inForce")

            let patched = try await send(
                site, admin, .patch, "/api/v1/plans/\(id)", #"{"status": "closed", "version": 1}"#)
            let stale = try await send(site, admin, .patch, "/api/v1/plans/\(id)", #"{"title": "旧", "version": 1}"#)
            let noVersion = try await send(site, admin, .patch, "/api/v1/plans/\(id)", #"{"title": "旧"}"#)

            let version = try object(patched)["version"] as? Int
            #expect(patched.status == .ok && version == 2)
            #expect(stale.status == .conflict && noVersion.status == .unprocessableContent)
            let plan = try #require(try await site.services.plans.plan(id: Int64(id)))
            #expect(plan.title == "2022年度计划" && plan.draft.status == .closed && plan.draft.kind == .special)
        }
    }

    @Test func badPlanFieldsAreAllNamed() async throws {
        try await WebTestSite.run { site in
            let response = try await send(
                site, WebTestSite.adminName, .post, "/api/v1/plans",
                #"{"title": ["x"], "from": "2022-02-30", "to": "2022-12-31", "kind": "weekly", "colour": "red"}"#)
            #expect(response.status == .unprocessableContent)
            #expect(Set(try fields(response)) == ["colour", "title", "from", "kind"])
            #expect(try await site.services.plans.plans().isEmpty)
            // A parent plan that is not stored is a bad field too, not an unknown plan (404).
            let orphan = try await send(
                site, WebTestSite.adminName, .post, "/api/v1/plans",
                #"{"title": "区计划", "from": "2022-01-01", "to": "2022-12-31", "parentId": 999}"#)
            #expect(orphan.status == .unprocessableContent)
            #expect(try fields(orphan) == ["parentId"])
            #expect(try await site.services.plans.plans().isEmpty)
        }
    }

    @Test func anAdminAddsAndChangesATaskATakenNumberIsAConflict() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let coop = try await site.unitId(of: "coop")
            let admin = WebTestSite.adminName
            let body =
                #"{"number": "3", "title": "人才交流", "leadUnitId": \#(coop), "cooperatingUnitIds": [], "#
                + #""due": "2021-09-30", "domains": ["人才", "教育"]}"#

            let created = try await send(site, admin, .post, "/api/v1/plans/\(id)/tasks", body)
            let taken = try await send(site, admin, .post, "/api/v1/plans/\(id)/tasks", body)

            #expect(created.status == .created)
            let task = try object(created)
            #expect(task["number"] as? String == "3" && task["domains"] as? [String] == ["人才", "教育"])
            #expect(taken.status == .conflict)
            let taskId = try #require(task["id"] as? Int)
            let patched = try await send(
                site, admin, .patch, "/api/v1/tasks/\(taskId)", #"{"status": "cancelled", "version": 1}"#)
            let unknownUnit = try await send(
                site, admin, .patch, "/api/v1/tasks/\(taskId)", #"{"leadUnitId": 999, "version": 2}"#)
            let status = try object(patched)["status"] as? String
            let refused = try fields(unknownUnit)
            #expect(patched.status == .ok && status == "cancelled")
            #expect(unknownUnit.status == .unprocessableContent && refused == ["leadUnitId"])
            let stored = try #require(try await site.services.plans.task(id: Int64(taskId)))
            #expect(stored.draft.title == "人才交流" && stored.status == .cancelled && stored.draft.leadUnitId == coop)
        }
    }

    @Test func editorsCannotWritePlansOrTasks() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let task = try #require(try await site.services.plans.tasks(planId: id).first)
            let plan = #"{"title": "x", "from": "2022-01-01", "to": "2022-12-31"}"#
            #expect(try await send(site, "lead", .post, "/api/v1/plans", plan).status == .forbidden)
            #expect(
                try await send(site, "lead", .patch, "/api/v1/tasks/\(task.id)", #"{"title": "x", "version": 1}"#)
                    .status == .forbidden)
            #expect(try await site.services.plans.plans().count == 1)
        }
    }

    @Test func aReportOfProgress0Or1IsAcceptedAndATrueIsNot() async throws {
        try await WebTestSite.run { site in
            let id = try await PlanPagesTests.seeded(site)
            let task = try #require(try await site.services.plans.tasks(planId: id).first)
            let uri = "/api/v1/tasks/\(task.id)/reports"
            func report(_ progress: String) async throws -> TestResponse {
                try await send(
                    site, "lead", .post, uri,
                    #"{"date": "2021-07-02", "status": "inProgress", "progress": "#
                        + progress + #", "text": "启动"}"#)
            }

            #expect(try await report("0").status == .created)
            #expect(try await report("1").status == .created)
            #expect(try await report("true").status == .unprocessableContent)
            #expect(try await site.services.plans.task(id: task.id)?.progress == 1)
        }
    }
}
