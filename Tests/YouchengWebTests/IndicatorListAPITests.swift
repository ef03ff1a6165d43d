import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// The indicator list through the API: everyone signed in reads it; administrators add, change (with the version
/// they read), delete and set a year's figures, with the form's rules and messages; every write is audited and read
/// back from the store.
@Suite struct IndicatorListAPITests {
    let admin = WebTestSite.adminName
    let flights =
        #"{"code": "E9", "category": "links", "nameZh": "国际货运航线数", "nameEn": "Cargo air routes", "measure": "条", "direction": "higher", "formula": "manual", "position": 9}"#

    @Test func aViewerReadsTheListAndAnAdministratorAddsAnIndicatorAnEditorCannot() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("vic", role: .viewer)
            try await site.createUser("bob", role: .editor)

            let list = try await site.api("vic", .get, "/api/v1/indicator-list")
            let refused = try await site.api("bob", .post, "/api/v1/indicator-list", flights)
            let created = try await site.api(admin, .post, "/api/v1/indicator-list", flights)

            #expect(list.status == .ok && refused.status == .forbidden && created.status == .created)
            let indicators = try #require(try WebTestSite.object(list)["indicators"] as? [[String: Any]])
            // Migration 016 seeds 17 indicators; E1 is entered by hand, A1 computed.
            #expect(indicators.count == 17)
            #expect(indicators.first { $0["code"] as? String == "E1" }?["formula"] as? String == "manual")
            #expect(indicators.first { $0["code"] as? String == "A1" }?["formula"] as? String == "totalPartnerships")
            let body = try WebTestSite.object(created)
            let id = try #require(body["id"] as? Int)
            #expect(body["version"] as? Int == 1 && body["measure"] as? String == "条")
            let stored = try await site.services.indicators.indicator(id: Int64(id))
            #expect(stored.draft.code == "E9" && stored.draft.formula == nil && stored.draft.position == 9)
            let audit = try await site.accounts.audit.entries(AuditQuery(entityType: .indicator, entityId: String(id)))
            #expect(audit.items.map(\.action) == [.create])
        }
    }

    @Test func refusedFieldsAreNamedAndADuplicateCodeIsAConflict() async throws {
        try await WebTestSite.run { site in
            let bad = try await site.api(
                admin, .post, "/api/v1/indicator-list",
                #"{"code": "E 9", "category": "nowhere", "nameZh": "", "direction": "up", "formula": "magic"}"#)
            let duplicate = try await site.api(
                admin, .post, "/api/v1/indicator-list", #"{"code": "A1", "category": "layout", "nameZh": "重复"}"#)

            #expect(bad.status == .unprocessableContent)
            #expect(
                try WebTestSite.refusedFields(bad) == ["code", "category", "nameZh", "direction", "formula"])
            #expect(duplicate.status == .conflict)
            #expect(try await site.services.indicators.indicators().count == 17)
        }
    }

    @Test func aPatchChangesTheGivenFieldsAtItsVersionAndADeleteNeedsTheCurrentOne() async throws {
        try await WebTestSite.run { site in
            let id = try #require(
                try WebTestSite.object(try await site.api(admin, .post, "/api/v1/indicator-list", flights))["id"]
                    as? Int)
            let uri = "/api/v1/indicator-list/\(id)"

            let noVersion = try await site.api(admin, .patch, uri, #"{"nameEn": "Freight routes"}"#)
            let patched = try await site.api(admin, .patch, uri, #"{"nameEn": "Freight routes", "version": 1}"#)
            let stale = try await site.api(admin, .patch, uri, #"{"nameEn": "Old", "version": 1}"#)
            let missing = try await site.api(admin, .patch, "/api/v1/indicator-list/99999", #"{"version": 1}"#)
            let staleDelete = try await site.api(admin, .delete, uri + "?version=1")
            let unversioned = try await site.api(admin, .delete, uri)
            let deleted = try await site.api(admin, .delete, uri + "?version=2")

            #expect(
                try WebTestSite.unprocessableFields(noVersion) == ["version"])
            #expect(patched.status == .ok && stale.status == .conflict && missing.status == .notFound)
            #expect(try WebTestSite.object(patched)["nameEn"] as? String == "Freight routes")
            #expect(staleDelete.status == .conflict && unversioned.status == .unprocessableContent)
            #expect(deleted.status == .noContent)
            await #expect(throws: IndicatorError.notFound) {
                try await site.services.indicators.indicator(id: Int64(id))
            }
            let audit = try await site.accounts.audit.entries(AuditQuery(entityType: .indicator, entityId: String(id)))
            #expect(Set(audit.items.map(\.action)) == [.create, .update, .delete] && audit.total == 3)
        }
    }

    @Test func aYearTakesAHandValueWithItsSourceAndAComputedOneATargetOnly() async throws {
        try await WebTestSite.run { site in
            let all = try await site.services.indicators.indicators()
            let routes = try #require(all.first { $0.draft.code == "E1" })
            let total = try #require(all.first { $0.draft.code == "A1" })
            try await site.createUser("bob", role: .editor)

            let saved = try await site.api(
                admin, .put, "/api/v1/indicator-list/\(routes.id)/years/2026",
                #"{"target": 40, "value": "37.5", "source": "市口岸办"}"#)
            let noSource = try await site.api(
                admin, .put, "/api/v1/indicator-list/\(routes.id)/years/2026", #"{"value": 38}"#)
            let computed = try await site.api(
                admin, .put, "/api/v1/indicator-list/\(total.id)/years/2026", #"{"target": 90, "value": 88}"#)
            let badYear = try await site.api(
                admin, .put, "/api/v1/indicator-list/\(routes.id)/years/1800", #"{"target": 1}"#)
            let badNumber = try await site.api(
                admin, .put, "/api/v1/indicator-list/\(routes.id)/years/2026", #"{"target": "many"}"#)
            let editor = try await site.api(
                "bob", .put, "/api/v1/indicator-list/\(routes.id)/years/2026", #"{"target": 1}"#)
            let unknown = try await site.api(admin, .put, "/api/v1/indicator-list/99999/years/2026", #"{"target": 1}"#)

            #expect(saved.status == .ok)
            let body = try WebTestSite.object(saved)
            #expect(body["target"] as? Int == 40 && body["value"] as? Double == 37.5)
            #expect(try WebTestSite.unprocessableFields(noSource) == ["source"])
            #expect(try WebTestSite.unprocessableFields(computed) == ["value"])
            #expect(try WebTestSite.unprocessableFields(badYear) == ["year"])
            #expect(try WebTestSite.unprocessableFields(badNumber) == ["target"])
            #expect(editor.status == .forbidden && unknown.status == .notFound)
            let stored = try await site.services.indicators.years(2026).first { $0.indicatorId == routes.id }
            #expect(
                stored == IndicatorYear(indicatorId: routes.id, year: 2026, target: 40, value: 37.5, source: "市口岸办"))
            let audit = try await site.accounts.audit.entries(AuditQuery(entityType: .indicatorYear))
            #expect(audit.items.map(\.entityId) == ["\(routes.id)/2026"])
        }
    }
}
