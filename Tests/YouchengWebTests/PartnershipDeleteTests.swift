import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// Deleting a partnership: a confirmation page, then a POST with the version; roles, CSRF and stale versions; and
/// `DELETE /api/v1/partnerships/{id}?version=N`.
@Suite struct PartnershipDeleteTests {
    func record(_ site: WebTestSite, _ partner: String) async throws -> PartnershipRecord {
        try #require(try await site.store.all(PartnershipQuery()).first { $0.partner.name == partner })
    }

    @Test func confirmThenDeleteGoesBackToThePartnerWithANotice() async throws {
        try await WebTestSite.run { site in
            let venice = try await record(site, "Venice")
            let id = venice.partnership.id

            let confirm = try await site.get("/partnerships/\(id)/delete")
            let deleted = try await site.post("/partnerships/\(id)/delete", form: [("version", "1")])
            let partner = try await site.get(try #require(deleted.headers[.location]))

            #expect(confirm.status == .ok)
            #expect(confirm.text.contains("id=\"confirm-delete\"") && confirm.text.contains("苏州市"))
            #expect(try await site.store.partnership(id: id) == nil)
            #expect(deleted.status == .seeOther)
            #expect(partner.text.contains("已删除该友城关系（苏州市）"))
            let log = try await site.accounts.audit.entries(AuditQuery(entityType: .partnership, entityId: String(id)))
            #expect(log.items.first?.action == .delete && log.items.first?.actor == WebTestSite.adminName)
        }
    }

    @Test func viewersOtherLocalitiesAndMissingCSRFCannotDelete() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("viewer1", role: .viewer)
            try await site.createUser("gulou", role: .editor, home: "南京市鼓楼区")
            let viewer = site.as(try await site.signIn("viewer1"))
            let gulou = site.as(try await site.signIn("gulou"))
            let nagoya = try await record(site, "Nagoya")
            let uri = "/partnerships/\(nagoya.partnership.id)/delete"

            #expect(try await viewer.get(uri).status == .forbidden)
            #expect(try await viewer.post(uri, form: [("version", "1")]).status == .forbidden)
            #expect(try await gulou.post(uri, form: [("version", "1")]).status == .forbidden)
            #expect(try await site.post(uri, form: [("version", "1"), ("_csrf", "wrong")]).status == .forbidden)
            #expect(try await site.store.partnership(id: nagoya.partnership.id) != nil)
            let osaka = try await record(site, "Osaka")
            let own = try await gulou.post("/partnerships/\(osaka.partnership.id)/delete", form: [("version", "1")])
            #expect(own.status == .seeOther)
        }
    }

    @Test func aChangeSinceTheConfirmationShowsTheRecordAgain() async throws {
        try await WebTestSite.run { site in
            let venice = try await record(site, "Venice")
            var form = PartnershipForm(record: venice)
            form.notes = "changed by a colleague"
            _ = try await site.store.save(
                try form.validate(reference: .bundled).get(), id: venice.partnership.id, expectedVersion: 1,
                actor: .system)

            let stale = try await site.post("/partnerships/\(venice.partnership.id)/delete", form: [("version", "1")])

            #expect(stale.status == .conflict)
            #expect(stale.text.contains("id=\"form-error\""))
            #expect(stale.text.contains("name=\"version\" value=\"2\""))
            #expect(try await site.store.partnership(id: venice.partnership.id) != nil)
        }
    }

    @Test func apiDeleteNeedsTheCurrentVersion() async throws {
        try await WebTestSite.run { site in
            let token = try await site.accounts.tokens.create(username: WebTestSite.adminName, name: "t", by: .system)
            let auth: HTTPFields = [.authorization: "Bearer \(token.plaintext)"]
            let venice = try await record(site, "Venice")
            let uri = "/api/v1/partnerships/\(venice.partnership.id)"

            let noVersion = try await site.signedOut.execute(uri: uri, method: .delete, headers: auth)
            let stale = try await site.signedOut.execute(uri: uri + "?version=7", method: .delete, headers: auth)
            let done = try await site.signedOut.execute(uri: uri + "?version=1", method: .delete, headers: auth)
            let again = try await site.signedOut.execute(uri: uri + "?version=1", method: .delete, headers: auth)

            #expect(noVersion.status == .badRequest)
            #expect(stale.status == .conflict)
            #expect(done.status == .noContent)
            #expect(again.status == .notFound)
            #expect(try await site.store.partnership(id: venice.partnership.id) == nil)
        }
    }
}
