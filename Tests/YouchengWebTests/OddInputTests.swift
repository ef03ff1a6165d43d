import Foundation
import Hummingbird
import Testing
import YouchengCore

@Suite struct OddInputTests {
    @Test(arguments: [
        "/partnerships?page=-1", "/partnerships?page=abc", "/partnerships?sort=nonsense", "/partnerships?per=100000",
        "/partnerships?from=2019-13-45", "/partnerships?country=Atlantis", "/partnerships?q=%FF%FE",
        "/partnerships?%C3%28=1", "/api/v1/partnerships?page=0", "/api/v1/summary?asOf=yesterday",
        "/?asOf=2019-02-30",
    ])
    func oddQueriesAreBadRequestsWithAMessage(uri: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(uri)

            #expect(response.status == .badRequest, "\(uri)")
            #expect(!response.text.isEmpty)
        }
    }

    @Test(arguments: [
        "/partners/abc", "/partners/", "/partners/999999", "/partners/-3", "/partnerships/99999/edit",
        "/partnerships/abc/edit", "/nowhere", "/static/nothing.css", "/static/..%2FTemplates%2Flayout.mustache",
        "/partners/99999999999999999999999",
    ])
    func missingThingsAreNotFound(uri: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(uri)

            #expect(response.status == .notFound, "\(uri)")
            #expect(response.text.contains("id=\"error-page\""))
        }
    }

    @Test func formBodyThatIsNotUTF8IsABadRequestAndStoresNothing() async throws {
        try await WebTestSite.run { site in
            let before = try await site.store.count()

            let response = try await site.post("/partnerships", rawForm: Array("home=%FF%FE&partner=x".utf8))
            let raw = try await site.post("/partnerships", rawForm: [0x68, 0x6F, 0x6D, 0x65, 0x3D, 0xC3, 0x28])

            #expect(response.status == .badRequest)
            #expect(raw.status == .badRequest)
            #expect(try await site.store.count() == before)
        }
    }

    @Test func updateWithoutANumericVersionIsABadRequest() async throws {
        try await WebTestSite.run { site in
            let id = try #require(try await site.store.all(PartnershipQuery()).first?.partnership.id)

            let response = try await site.post("/partnerships/\(id)", form: [("home", "南京"), ("version", "x")])

            #expect(response.status == .badRequest)
        }
    }

    @Test func updateOfAMissingPartnershipIsNotFound() async throws {
        try await WebTestSite.run { site in
            let response = try await site.post(
                "/partnerships/4242",
                form: [("home", "南京"), ("partner", "Oslo"), ("country", "NO"), ("version", "1")])

            #expect(response.status == .notFound)
        }
    }

    @Test func formPostWithAnotherContentTypeIsRefused() async throws {
        try await WebTestSite.run { site in
            let response = try await site.execute(
                uri: "/partnerships", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: "{}"))

            #expect(response.status == .unsupportedMediaType)
        }
    }

    @Test func errorPageIsBilingual() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships?page=-1")

            #expect(response.text.contains("参数 page「-1」应为从 1 开始的页码"))
            #expect(
                response.text.contains(
                    "parameter page: \"-1\" must be a page number from 1".replacingOccurrences(of: "\"", with: "&quot;")
                ))
        }
    }

    @Test func anErrorPageKeepsTheNavigationAndTheSignedInUser() async throws {
        try await WebTestSite.run { site in
            let missing = try await site.get("/partners/999999")
            let unknown = try await site.get("/nowhere")
            let signedOut = try await site.signedOut.get("/api/v1/partnerships")

            #expect(missing.status == .notFound && unknown.status == .notFound)
            #expect(missing.text.contains("id=\"current-user\"") && missing.text.contains("id=\"nav-partnerships\""))
            #expect(unknown.text.contains("id=\"current-user\""))
            #expect(signedOut.status == .unauthorized && signedOut.text.contains("\"unauthorized\""))
        }
    }
}
