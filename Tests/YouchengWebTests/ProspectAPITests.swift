import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// The pipeline's API: prospects created by their unit's editors (others refused), moved by the stage rules, signed
/// once into a registry partnership, patched with their version; the list with its filters; the progress JSON; and
/// targets set by administrators.
@Suite struct ProspectAPITests {
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

    func prospectBody(unit: Int64, name: String = "Toulouse") -> String {
        #"{"home": "苏州市", "name": "\#(name)", "nameZh": "图卢兹", "country": "fr", "unit": \#(unit), "themes": ["航空航天", " 航空航天 "], "stage": "negotiating", "date": "2026-10-01"}"#
    }

    @Test func anEditorEntersTheirUnitsProspectButNotAnotherUnitsAndAViewerNone() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            try await site.createUser("vic", role: .viewer)
            let bob = try await site.unitId(of: "bob")
            let admin = try await site.unitId(of: "admin")

            let own = try await send(site, "bob", .post, "/api/v1/prospects", prospectBody(unit: bob))
            let other = try await send(site, "bob", .post, "/api/v1/prospects", prospectBody(unit: admin))
            let viewer = try await send(site, "vic", .post, "/api/v1/prospects", prospectBody(unit: bob))

            #expect(own.status == .created)
            let body = try object(own)
            #expect(body["home"] as? String == "320500" && body["country"] as? String == "FR")
            #expect(body["themes"] as? [String] == ["航空航天"] && body["stage"] as? String == "negotiating")
            #expect(other.status == .forbidden && viewer.status == .forbidden)
            #expect(try await site.services.prospects.list(ProspectQuery()).total == 1)
        }
    }

    @Test func signingAnswersWithThePartnershipIdAndASecondSigningIsAConflict() async throws {
        try await WebTestSite.run { site in
            let admin = WebTestSite.adminName
            let unit = try await site.unitId(of: admin)
            let created = try await send(site, admin, .post, "/api/v1/prospects", prospectBody(unit: unit))
            let id = try #require(try object(created)["id"] as? Int)
            let uri = "/api/v1/prospects/\(id)/stage"

            let back = try await send(site, admin, .post, uri, #"{"stage": "contacted", "date": "2026-10-02"}"#)
            let noKind = try await send(site, admin, .post, uri, #"{"stage": "signed", "date": "2026-11-01"}"#)
            let signed = try await send(
                site, admin, .post, uri, #"{"stage": "signed", "date": "2026-11-01", "kind": "sisterCity"}"#)
            let again = try await send(
                site, admin, .post, uri, #"{"stage": "signed", "date": "2026-11-02", "kind": "sisterCity"}"#)

            #expect(back.status == .unprocessableContent && noKind.status == .unprocessableContent)
            #expect(signed.status == .ok && again.status == .conflict)
            let partnershipId = try #require(try object(signed)["partnershipId"] as? Int)
            let record = try #require(try await site.store.partnership(id: Int64(partnershipId)))
            #expect(record.home.code == "320500" && record.partner.name == "Toulouse")
            #expect(record.partnership.established == PartialDate(year: 2026, month: 11, day: 1))
            let shown = try await site.get("/partners/\(record.partner.id)")
            #expect(shown.text.contains("Toulouse"))
        }
    }

    @Test func aPatchChangesTheFieldsItGivesAtTheVersionItReadAndNamesBadOnes() async throws {
        try await WebTestSite.run { site in
            let admin = WebTestSite.adminName
            let unit = try await site.unitId(of: admin)
            let id = try #require(
                try object(try await send(site, admin, .post, "/api/v1/prospects", prospectBody(unit: unit)))["id"]
                    as? Int)
            let uri = "/api/v1/prospects/\(id)"

            let patched = try await send(site, admin, .patch, uri, #"{"notes": "由市外办牵头", "version": 1}"#)
            let stale = try await send(site, admin, .patch, uri, #"{"notes": "旧", "version": 1}"#)
            let noVersion = try await send(site, admin, .patch, uri, #"{"notes": "旧"}"#)
            let bad = try await send(site, admin, .patch, uri, #"{"country": "ZZ", "home": "", "version": 2}"#)

            let version = try object(patched)["version"] as? Int
            #expect(patched.status == .ok && version == 2)
            #expect(stale.status == .conflict && noVersion.status == .unprocessableContent)
            #expect(bad.status == .unprocessableContent)
            let fields = try #require(try object(bad)["error"] as? [String: Any])["details"] as? [[String: Any]]
            #expect(Set((fields ?? []).compactMap { $0["field"] as? String }) == ["country", "home"])
            #expect(try await site.services.prospects.prospect(id: Int64(id))?.draft.notes == "由市外办牵头")
        }
    }

    @Test func theListFiltersAndPagesAndTheProgressAndTargetsAnswerAsTheCommandPrints() async throws {
        try await WebTestSite.run { site in
            let admin = WebTestSite.adminName
            let unit = try await site.unitId(of: admin)
            for name in ["Toulouse", "Lyon", "Nice"] {
                _ = try await send(site, admin, .post, "/api/v1/prospects", prospectBody(unit: unit, name: name))
            }
            try await site.createUser("bob", role: .editor)
            let target =
                #"{"home": "320500", "year": 2026, "newPartnerships": {"min": 3, "max": 4}, "totalBy": {"date": "2026-12-31", "count": 5}, "localitiesBy": {"date": "2026-12-31", "count": "all"}}"#

            let page = try await send(site, admin, .get, "/api/v1/prospects?home=苏州市&per=2&sort=name", "")
            let none = try await send(site, admin, .get, "/api/v1/prospects?stage=signed", "")
            let refused = try await send(site, "bob", .put, "/api/v1/targets", target)
            let set = try await send(site, admin, .put, "/api/v1/targets", target)
            let bad = try await send(
                site, admin, .put, "/api/v1/targets",
                #"{"home": "320500", "year": 2026, "newPartnerships": {"min": 5, "max": 4}}"#)
            let progress = try await send(site, admin, .get, "/api/v1/pipeline?home=320500&year=2026", "")

            let items = try #require(try object(page)["items"] as? [[String: Any]])
            #expect(items.compactMap { $0["name"] as? String } == ["Lyon", "Nice"])
            let totals = (try object(page)["total"] as? Int, try object(none)["total"] as? Int)
            #expect(totals.0 == 3 && totals.1 == 0)
            #expect(refused.status == .forbidden && set.status == .ok && bad.status == .unprocessableContent)
            let expected = try await site.services.prospects.progress(
                homeCode: "320500", year: 2026, asOf: Day(year: 2026, month: 11, day: 23)!)
            let printed = try JSONSerialization.jsonObject(with: Data(expected.json.serialized(pretty: false).utf8))
            let answered = try object(progress) as NSDictionary
            #expect(answered == (printed as? NSDictionary))
            // Three prospects negotiating, nothing signed: gap 3–4 (the sample's Venice dates from 1980).
            #expect(expected.inTalks == 3 && expected.gap == CountRange(min: 3, max: 4))
        }
    }
}
