import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `DELETE /api/v1/projects/{id}?version=N`: administrators and the project's unit's editors, at the current version;
/// the store no longer has it and the audit log says who deleted it.
@Suite struct ProjectDeleteAPITests {
    func project(_ site: WebTestSite, unit: Int64) async throws -> CooperationProject {
        try await site.services.projects.create(
            ProjectDraft(title: "皮革产业园", partnerIds: [try await site.partnerId("Leipzig")], unitId: unit, kind: .trade),
            stage: .intent, date: Day(year: 2026, month: 1, day: 1)!, by: .system)
    }

    @Test func theUnitsEditorDeletesAtTheCurrentVersionAndOthersAreRefused() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            try await site.createUser("vic", role: .viewer)
            let admins = try await project(site, unit: try await site.unitId(of: WebTestSite.adminName))
            let bobs = try await project(site, unit: try await site.unitId(of: "bob"))

            let otherUnit = try await site.api("bob", .delete, "/api/v1/projects/\(admins.id)?version=1")
            let viewer = try await site.api("vic", .delete, "/api/v1/projects/\(bobs.id)?version=1")
            let noVersion = try await site.api("bob", .delete, "/api/v1/projects/\(bobs.id)")
            let stale = try await site.api("bob", .delete, "/api/v1/projects/\(bobs.id)?version=2")
            let missing = try await site.api("bob", .delete, "/api/v1/projects/99999?version=1")
            let deleted = try await site.api("bob", .delete, "/api/v1/projects/\(bobs.id)?version=1")
            let byAdmin = try await site.api(WebTestSite.adminName, .delete, "/api/v1/projects/\(admins.id)?version=1")

            #expect(otherUnit.status == .forbidden && viewer.status == .forbidden && missing.status == .notFound)
            #expect(
                try WebTestSite.unprocessableFields(noVersion) == ["version"])
            #expect(stale.status == .conflict && deleted.status == .noContent && byAdmin.status == .noContent)
            #expect(try await site.services.projects.project(id: bobs.id) == nil)
            let audit = try await site.accounts.audit.entries(AuditQuery(entityType: .project, action: .delete))
            #expect(Set(audit.items.map(\.actor)) == ["bob", WebTestSite.adminName] && audit.total == 2)
        }
    }
}
