import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// Deleting a prospect from its confirmation page and through `DELETE /api/v1/prospects/{id}`: writers of its unit
/// only, at the version read, never a signed one; the store no longer has it and the audit log says who deleted it.
@Suite struct ProspectDeleteTests {
    let today = Day(year: 2026, month: 11, day: 23)!

    func prospect(_ site: WebTestSite, unit: Int64, stage: ProspectStage = .identified) async throws -> Prospect {
        try await site.services.prospects.create(
            ProspectDraft(name: "Toulouse", nameZh: "图卢兹", country: "FR", homeCode: "320500", unitId: unit),
            stage: stage, date: Day(year: 2026, month: 6, day: 1)!, today: today, by: .system)
    }

    @Test func theConfirmationPageDeletesAfterConfirmingAndTheListSaysSo() async throws {
        try await WebTestSite.run { site in
            let created = try await prospect(site, unit: try await site.unitId(of: WebTestSite.adminName))
            let detail = try await site.get("/prospects/\(created.id)")
            let confirm = try await site.get("/prospects/\(created.id)/delete")
            let stale = try await site.post("/prospects/\(created.id)/delete", form: [("version", "7")])
            let deleted = try await site.post("/prospects/\(created.id)/delete", form: [("version", "1")])
            let list = try await site.get("/prospects?deleted=1")

            #expect(detail.text.contains("href=\"/prospects/\(created.id)/delete\""))
            #expect(confirm.status == .ok && confirm.text.contains("id=\"confirm-delete\""))
            #expect(confirm.text.contains("将一并删除其 1 条阶段记录"))
            #expect(stale.status == .conflict && deleted.status == .seeOther)
            #expect(deleted.headers[.location] == "/prospects?deleted=1")
            #expect(list.text.contains("结好意向已删除。"))
            #expect(try await site.services.prospects.prospect(id: created.id) == nil)
            let audit = try await site.accounts.audit.entries(
                AuditQuery(entityType: .prospect, entityId: String(created.id), action: .delete))
            #expect(audit.items.map(\.actor) == [WebTestSite.adminName])
        }
    }

    @Test func aSignedProspectIsNotOfferedForDeletionAndIsRefusedEverywhere() async throws {
        try await WebTestSite.run { site in
            let created = try await prospect(site, unit: try await site.unitId(of: WebTestSite.adminName))
            _ = try await site.services.prospects.changeStage(
                id: created.id, ProspectStageRequest(stage: .signed, date: today, kind: .sisterCity),
                expectedVersion: nil, today: today, by: .system)

            let detail = try await site.get("/prospects/\(created.id)")
            let confirm = try await site.get("/prospects/\(created.id)/delete")
            let posted = try await site.post("/prospects/\(created.id)/delete", form: [("version", "2")])
            let api = try await site.api(WebTestSite.adminName, .delete, "/api/v1/prospects/\(created.id)?version=2")

            #expect(!detail.text.contains("/prospects/\(created.id)/delete"))
            #expect(confirm.status == .ok && !confirm.text.contains("id=\"confirm-delete\""))
            #expect(confirm.text.contains("已签约的结好意向不能删除"))
            #expect(posted.status == .conflict && api.status == .conflict)
            let error = try #require(try WebTestSite.object(api)["error"] as? [String: Any])
            #expect(error["code"] as? String == "signed_prospect")
            #expect(try await site.services.prospects.prospect(id: created.id)?.stage == .signed)
        }
    }

    @Test func theAPIDeletesForTheUnitsEditorsAtTheCurrentVersionOnly() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            try await site.createUser("vic", role: .viewer)
            let others = try await prospect(site, unit: try await site.unitId(of: WebTestSite.adminName))
            let bobs = try await prospect(site, unit: try await site.unitId(of: "bob"))

            let otherUnit = try await site.api("bob", .delete, "/api/v1/prospects/\(others.id)?version=1")
            let viewer = try await site.api("vic", .delete, "/api/v1/prospects/\(bobs.id)?version=1")
            let noVersion = try await site.api("bob", .delete, "/api/v1/prospects/\(bobs.id)")
            let stale = try await site.api("bob", .delete, "/api/v1/prospects/\(bobs.id)?version=3")
            let missing = try await site.api("bob", .delete, "/api/v1/prospects/99999?version=1")
            let deleted = try await site.api("bob", .delete, "/api/v1/prospects/\(bobs.id)?version=1")

            #expect(otherUnit.status == .forbidden && viewer.status == .forbidden && missing.status == .notFound)
            #expect(
                try WebTestSite.unprocessableFields(noVersion) == ["version"])
            #expect(stale.status == .conflict && deleted.status == .noContent)
            #expect(try await site.services.prospects.prospect(id: bobs.id) == nil)
            #expect(try await site.services.prospects.prospect(id: others.id) != nil)
            let audit = try await site.accounts.audit.entries(
                AuditQuery(entityType: .prospect, entityId: String(bobs.id), action: .delete))
            #expect(audit.items.map(\.actor) == ["bob"])
        }
    }
}
