import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `POST /api/v1/partnerships` and `PATCH /api/v1/partnerships/{id}`: the form's rules, roles, CSRF for cookie
/// sessions, and 409 with what changed meanwhile.
@Suite struct PartnershipWriteAPITests {
    /// A client of the API with a personal access token of `username`.
    struct Client {
        let site: WebTestSite
        let token: String

        func send(_ method: HTTPRequest.Method, _ uri: String, _ body: String, type: String = "application/json")
            async throws -> TestResponse
        {
            try await site.signedOut.execute(
                uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: type],
                body: ByteBuffer(string: body))
        }
    }

    func client(_ site: WebTestSite, _ username: String = WebTestSite.adminName) async throws -> Client {
        Client(
            site: site,
            token: try await site.accounts.tokens.create(username: username, name: "t", by: .system).plaintext)
    }

    func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    func error(_ response: TestResponse) throws -> [String: Any] {
        try #require(try object(response)["error"] as? [String: Any])
    }

    func record(_ site: WebTestSite, _ partner: String) async throws -> PartnershipRecord {
        try #require(try await site.store.all(PartnershipQuery()).first { $0.partner.name == partner })
    }

    static let tampere =
        #"{"home": "南京市", "partner": "Tampere", "partner_zh": "坦佩雷", "country": "芬兰", "established": 2019}"#

    @Test func postCreatesAPartnershipAndAuditsIt() async throws {
        try await WebTestSite.run { site in
            let api = try await client(site)

            let response = try await api.send(.post, "/api/v1/partnerships", Self.tampere)

            #expect(response.status == .created)
            let body = try object(response)
            let id = try #require(body["id"] as? Int)
            #expect(response.headers[.location] == "/api/v1/partnerships/\(id)")
            #expect(body["country"] as? String == "FI" && body["established"] as? String == "2019")
            #expect(body["kind"] as? String == "sisterCity" && body["status"] as? String == "active")
            #expect(body["version"] as? Int == 1)
            let log = try await site.accounts.audit.entries(AuditQuery(entityType: .partnership, entityId: String(id)))
            #expect(log.items.map(\.action) == [.create] && log.items.first?.actor == WebTestSite.adminName)
            let read = try object(try await site.get("/api/v1/partnerships/\(id)"))
            #expect(read["id"] as? Int == id && read["version"] as? Int == 1)
            #expect((read["partner"] as? [String: Any])?["nameZh"] as? String == "坦佩雷")
        }
    }

    @Test func fieldErrorsAnswer422WithEveryFieldAndStoreNothing() async throws {
        try await WebTestSite.run { site in
            let api = try await client(site)
            let before = try await site.store.count()

            let response = try await api.send(
                .post, "/api/v1/partnerships", #"{"home": "火星市", "partner": "X", "established": "1999-13"}"#)

            #expect(response.status == .unprocessableContent)
            let error = try error(response)
            let details = try #require(error["details"] as? [[String: Any]])
            #expect(error["field"] as? String == "home")
            #expect(details.compactMap { $0["field"] as? String } == ["home", "country", "established"])
            #expect(try await site.store.count() == before)
        }
    }

    @Test func unknownFieldsWrongTypesAndOtherMediaAreRefused() async throws {
        try await WebTestSite.run { site in
            let api = try await client(site)

            let misspelt = try await api.send(.post, "/api/v1/partnerships", #"{"home": "南京市", "stauts": "active"}"#)
            let number = try await api.send(.post, "/api/v1/partnerships", #"{"home": 320100}"#)
            let array = try await api.send(.post, "/api/v1/partnerships", "[1]")
            let broken = try await api.send(.post, "/api/v1/partnerships", "{")
            let form = try await api.send(
                .post, "/api/v1/partnerships", "home=x", type: "application/x-www-form-urlencoded")

            #expect(misspelt.status == .badRequest)
            #expect(try error(misspelt)["field"] as? String == "stauts")
            #expect(number.status == .badRequest)
            #expect(try error(number)["field"] as? String == "home")
            #expect(array.status == .badRequest && broken.status == .badRequest)
            #expect(form.status == .unsupportedMediaType)
        }
    }

    @Test func patchChangesOnlyTheFieldsSentAndStepsTheVersion() async throws {
        try await WebTestSite.run { site in
            let api = try await client(site)
            let nagoya = try await record(site, "Nagoya")

            let response = try await api.send(
                .patch, "/api/v1/partnerships/\(nagoya.partnership.id)", #"{"status": "suspended", "version": 1}"#)

            #expect(response.status == .ok)
            let stored = try await record(site, "Nagoya")
            #expect(stored.partnership.status == .suspended && stored.partnership.version == 2)
            #expect(stored.partnership.established == nagoya.partnership.established)
            #expect(stored.partner.nameZh == "名古屋市" && stored.home.code == "320100")
        }
    }

    @Test func staleVersionAnswers409WithWhatChangedMeanwhile() async throws {
        try await WebTestSite.run { site in
            let api = try await client(site)
            let nagoya = try await record(site, "Nagoya")
            let uri = "/api/v1/partnerships/\(nagoya.partnership.id)"
            _ = try await api.send(.patch, uri, #"{"status": "suspended", "notes": "paused", "version": 1}"#)

            let stale = try await api.send(.patch, uri, #"{"notes": "renewed", "version": 1}"#)

            #expect(stale.status == .conflict)
            let body = try object(stale)
            #expect(try error(stale)["code"] as? String == "stale_version")
            #expect((body["current"] as? [String: Any])?["version"] as? Int == 2)
            let meanwhile = try #require(body["changedMeanwhile"] as? [String: Any])
            let fields = try #require(meanwhile["fields"] as? [[String: Any]])
            #expect(fields.compactMap { $0["field"] as? String } == ["status", "notes"])
            #expect(fields.first?["before"] as? String == "active" && fields.first?["after"] as? String == "suspended")
            #expect(fields.last?["before"] is NSNull && fields.last?["after"] as? String == "paused")
            let entries = try #require(meanwhile["entries"] as? [[String: Any]])
            #expect(entries.count == 1 && entries.first?["actor"] as? String == WebTestSite.adminName)
            #expect(try await record(site, "Nagoya").partnership.notes == "paused")
        }
    }

    @Test func patchNeedsAVersionAndAKnownId() async throws {
        try await WebTestSite.run { site in
            let api = try await client(site)
            let nagoya = try await record(site, "Nagoya")

            let missing = try await api.send(
                .patch, "/api/v1/partnerships/\(nagoya.partnership.id)", #"{"notes": "x"}"#)
            let unknown = try await api.send(.patch, "/api/v1/partnerships/999999", #"{"notes": "x", "version": 1}"#)
            let duplicate = try await api.send(
                .post, "/api/v1/partnerships", #"{"home": "南京市", "partner": "Nagoya", "country": "JP"}"#)

            #expect(missing.status == .badRequest)
            #expect(try error(missing)["field"] as? String == "version")
            #expect(unknown.status == .notFound)
            #expect(duplicate.status == .conflict)
            #expect(try error(duplicate)["code"] as? String == "duplicate_pair")
        }
    }

    @Test func rolesAreEnforcedOnAPIWrites() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("viewer1", role: .viewer)
            try await site.createUser("gulou", role: .editor, home: "南京市鼓楼区")
            let viewer = try await client(site, "viewer1")
            let editor = try await client(site, "gulou")
            let osaka = try await record(site, "Osaka")
            let nagoya = try await record(site, "Nagoya")

            let viewerPost = try await viewer.send(.post, "/api/v1/partnerships", Self.tampere)
            let viewerPatch = try await viewer.send(
                .patch, "/api/v1/partnerships/\(osaka.partnership.id)", #"{"notes": "x", "version": 1}"#)
            let ownPatch = try await editor.send(
                .patch, "/api/v1/partnerships/\(osaka.partnership.id)", #"{"notes": "ours", "version": 1}"#)
            let otherPatch = try await editor.send(
                .patch, "/api/v1/partnerships/\(nagoya.partnership.id)", #"{"notes": "not ours", "version": 1}"#)
            let moveOut = try await editor.send(
                .patch, "/api/v1/partnerships/\(osaka.partnership.id)", #"{"home": "南京市", "version": 2}"#)
            let cityPost = try await editor.send(.post, "/api/v1/partnerships", Self.tampere)

            #expect(viewerPost.status == .forbidden && viewerPatch.status == .forbidden)
            #expect(ownPatch.status == .ok)
            #expect(otherPatch.status == .forbidden && moveOut.status == .forbidden && cityPost.status == .forbidden)
            #expect(try await record(site, "Nagoya").partnership.notes == "")
            #expect(try await record(site, "Osaka").home.code == osaka.home.code)
            #expect(try await site.store.all(PartnershipQuery()).allSatisfy { $0.partner.name != "Tampere" })
        }
    }

    @Test func aCookieSessionMustSendItsCSRFToken() async throws {
        try await WebTestSite.run { site in
            let session = try #require(site.session)
            let json: HTTPFields = [.contentType: "application/json"]
            var withToken = json
            withToken[PartnershipsAPI.csrfHeader] = session.csrf
            var wrongToken = json
            wrongToken[PartnershipsAPI.csrfHeader] = String(repeating: "0", count: session.csrf.count)

            let bare = try await site.execute(
                uri: "/api/v1/partnerships", method: .post, headers: json, body: ByteBuffer(string: Self.tampere))
            let wrong = try await site.execute(
                uri: "/api/v1/partnerships", method: .post, headers: wrongToken, body: ByteBuffer(string: Self.tampere))
            let good = try await site.execute(
                uri: "/api/v1/partnerships", method: .post, headers: withToken, body: ByteBuffer(string: Self.tampere))

            #expect(bare.status == .forbidden && wrong.status == .forbidden)
            #expect(good.status == .created)
        }
    }

    @Test func editorsCannotRespellAPartnerSharedWithOtherHomesNorMoveAForeignRecordIn() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("gulou", role: .editor, home: "南京市鼓楼区")
            let editor = try await client(site, "gulou")
            let admin = try await client(site)
            let osaka = try await record(site, "Osaka")
            let nagoya = try await record(site, "Nagoya")
            let uri = "/api/v1/partnerships/\(osaka.partnership.id)"
            // Osaka is shared with a home outside 鼓楼区.
            let shared = try await admin.send(
                .post, "/api/v1/partnerships", #"{"home": "南京市", "partner": "Osaka", "country": "JP"}"#)
            #expect(shared.status == .created)

            let respell = try await editor.send(.patch, uri, #"{"partner": "OSAKA", "version": 1}"#)
            let moveIn = try await editor.send(
                .patch, "/api/v1/partnerships/\(nagoya.partnership.id)", #"{"home": "南京市鼓楼区", "version": 1}"#)
            let deleteForeign = try await editor.send(
                .delete, "/api/v1/partnerships/\(nagoya.partnership.id)?version=1", "")
            let twice = try await admin.send(
                .post, "/api/v1/partnerships", #"{"partner_zh": "甲", "partnerZh": "乙", "home": "南京市"}"#)
            let byAdmin = try await admin.send(.patch, uri, #"{"partner": "OSAKA", "version": 1}"#)

            #expect(respell.status == .conflict)
            #expect(try error(respell)["code"] as? String == "partner_rename")
            #expect(moveIn.status == .forbidden && deleteForeign.status == .forbidden)
            #expect(twice.status == .badRequest)
            #expect(byAdmin.status == .ok)
            #expect(try await record(site, "OSAKA").partner.id == osaka.partner.id)
            #expect(try await record(site, "Nagoya").home.code == nagoya.home.code)
        }
    }

    @Test func aCookieSessionMustSendItsCSRFTokenToPatchAndDelete() async throws {
        try await WebTestSite.run { site in
            let session = try #require(site.session)
            let nagoya = try await record(site, "Nagoya")
            let uri = "/api/v1/partnerships/\(nagoya.partnership.id)"
            var withToken: HTTPFields = [.contentType: "application/json"]
            withToken[PartnershipsAPI.csrfHeader] = session.csrf
            let body = ByteBuffer(string: #"{"notes": "x", "version": 1}"#)

            let patch = try await site.execute(
                uri: uri, method: .patch, headers: [.contentType: "application/json"], body: body)
            let delete = try await site.execute(uri: uri + "?version=1", method: .delete)
            let good = try await site.execute(uri: uri, method: .patch, headers: withToken, body: body)

            #expect(patch.status == .forbidden && delete.status == .forbidden)
            #expect(good.status == .ok)
            #expect(try await site.store.partnership(id: nagoya.partnership.id)?.partnership.notes == "x")
        }
    }
}
