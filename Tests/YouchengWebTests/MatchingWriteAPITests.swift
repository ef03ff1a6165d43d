import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// The administrators' matching settings and city themes through the API: read, replaced at the version read,
/// refused with each field named, audited; editors are refused.
@Suite struct MatchingWriteAPITests {
    let admin = WebTestSite.adminName
    let groups = ReferenceData.bundled.countries.groups

    @Test func anAdministratorReplacesAHomesSettingsAtTheVersionRead() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            let uri = "/api/v1/suggestions/settings?home=南京市"
            let body =
                #"{"population": 9300000, "continents": {"europe": 50, "asia": "30"}, "groups": {"EU": 40}, "version": 0}"#

            let defaults = try await site.api(admin, .get, uri)
            let editor = try await site.api("bob", .put, uri, body)
            let saved = try await site.api(admin, .put, uri, body)
            let stale = try await site.api(admin, .put, uri, #"{"continents": {"asia": 20}, "version": 0}"#)
            let noHome = try await site.api(admin, .get, "/api/v1/suggestions/settings")

            let before = try WebTestSite.object(defaults)
            #expect(before["defaults"] as? Bool == true && before["version"] as? Int == 0)
            #expect((before["continents"] as? [String: Int])?["asia"] == 35)
            #expect(editor.status == .forbidden && saved.status == .ok && stale.status == .conflict)
            #expect(noHome.status == .badRequest)
            let after = try WebTestSite.object(saved)
            #expect(after["home"] as? String == "320100" && after["version"] as? Int == 1)
            #expect(after["continents"] as? [String: Int] == ["asia": 30, "europe": 50])
            let stored = try await site.services.matching.settings(home: "320100", groups: groups)
            #expect(stored.population == 9_300_000)
            #expect(
                stored.shares == [
                    TargetShare(.continent, "asia", percent: 30), TargetShare(.continent, "europe", percent: 50),
                    TargetShare(.group, "EU", percent: 40),
                ])
            let audit = try await site.services.audit.entries(AuditQuery(entityType: .matchSettings))
            #expect(audit.total == 1)
        }
    }

    @Test func badSharesAreNamedOneByOneAndNothingIsStored() async throws {
        try await WebTestSite.run { site in
            let refused = try await site.api(
                admin, .put, "/api/v1/suggestions/settings?home=320100",
                #"{"population": "很多", "continents": {"asia": 150, "atlantis": 5}, "groups": {"EU": true}, "version": 0}"#
            )

            #expect(refused.status == .unprocessableContent)
            #expect(
                try WebTestSite.refusedFields(refused) == [
                    "population", "share_continent_asia", "share_continent_atlantis", "share_group_EU",
                ])
            #expect(try await site.services.matching.settings(home: "320100", groups: groups).isDefault)
        }
    }

    @Test func aCitysThemesAreReplacedAtTheirVersionAndAnUnknownCityIsNotFound() async throws {
        try await WebTestSite.run { site in
            // 3164603 is Venice in the gazetteer.
            let uri = "/api/v1/cities/3164603/themes"

            let none = try await site.api(admin, .get, uri)
            let saved = try await site.api(admin, .put, uri, #"{"themes": ["玻璃艺术", "旅游", "旅游"], "version": 0}"#)
            let stale = try await site.api(admin, .put, uri, #"{"themes": ["会展"], "version": 0}"#)
            let tooLong = try await site.api(
                admin, .put, uri, #"{"themes": ["\#(String(repeating: "长", count: 41))"], "version": 1}"#)
            let notAList = try await site.api(admin, .put, uri, #"{"themes": {"a": 1}, "version": 1}"#)
            let unknown = try await site.api(admin, .put, "/api/v1/cities/1/themes", #"{"themes": [], "version": 0}"#)

            #expect(try WebTestSite.object(none)["version"] as? Int == 0)
            #expect(saved.status == .ok && stale.status == .conflict && unknown.status == .notFound)
            #expect(try WebTestSite.object(saved)["themes"] as? [String] == ["玻璃艺术", "旅游"])
            #expect(try WebTestSite.unprocessableFields(tooLong) == ["themes"])
            #expect(try WebTestSite.unprocessableFields(notAList) == ["themes"])
            let stored = try await site.services.matching.cityThemes(geonameId: 3_164_603)
            #expect(stored.themes == ["玻璃艺术", "旅游"] && stored.version == 1)
            let audit = try await site.services.audit.entries(AuditQuery(entityType: .cityThemes))
            #expect(audit.items.map(\.entityId) == ["3164603"])
        }
    }
}
