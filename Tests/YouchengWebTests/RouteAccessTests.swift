import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// Each declared access level enforced on the real site, for a page and for an API route: signed out, a page
/// leads to the sign-in form (303) and the API answers 401; signed in without the role, 403 as a page or as JSON.
@Suite struct RouteAccessTests {
    /// The site as a new user with `role` (an editor's unit at Nanjing, so the partnership form is theirs).
    func signedIn(_ site: WebTestSite, _ role: Role) async throws -> WebTestSite {
        let name = "someone-" + role.rawValue
        try await site.createUser(name, role: role, home: role == .editor ? "南京市" : nil)
        return site.as(try await site.signIn(name))
    }

    /// An API POST of an empty JSON object, with the session's CSRF token.
    func postJSON(_ site: WebTestSite, _ uri: String) async throws -> TestResponse {
        var headers: HTTPFields = [.contentType: "application/json"]
        headers[PartnershipsAPI.csrfHeader] = site.session?.csrf
        return try await site.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: "{}"))
    }

    @Test func signedOutPagesOfEveryLevelLeadToSignInAndTheAPIAnswers401() async throws {
        try await WebTestSite.run { site in
            let out = site.signedOut
            let writerPage = try await out.get("/partnerships/new")
            let adminPage = try await out.get("/units")
            let writerPost = try await out.post("/exchanges", form: [("title", "x")])
            let signedInAPI = try await out.get("/api/v1/summary")
            let writerAPI = try await postJSON(out, "/api/v1/partnerships")

            #expect(writerPage.status == .seeOther)
            #expect(writerPage.headers[.location] == "/login?next=%2Fpartnerships%2Fnew")
            #expect(adminPage.headers[.location] == "/login?next=%2Funits")
            #expect(writerPost.status == .seeOther)
            #expect(writerPost.headers[.location] == "/login?next=%2Fexchanges")
            #expect(signedInAPI.status == .unauthorized)
            #expect(writerAPI.status == .unauthorized)
            #expect(writerAPI.text.contains("\"code\":\"unauthorized\""))
        }
    }

    @Test func openRoutesAnswerSignedOutAndAnUnknownAddressIsAPlain404() async throws {
        try await WebTestSite.run { site in
            let out = site.signedOut
            let login = try await out.get("/login")
            let health = try await out.get("/health")
            let css = try await out.get("/static/app.css")
            let missing = try await out.get("/static/missing.css")
            let unknown = try await out.get("/no-such-page")

            #expect(login.status == .ok)
            #expect(health.status == .ok)
            #expect(css.status == .ok)
            #expect(missing.status == .notFound)
            #expect(unknown.status == .notFound)
            #expect(unknown.headers[.location] == nil)
        }
    }

    @Test func aViewerReadsButIsRefusedWriterAndAdminRoutesAsAPageOrAsJSON() async throws {
        try await WebTestSite.run { site in
            let viewer = try await signedIn(site, .viewer)
            let writerPage = try await viewer.get("/exchanges/new")
            let adminPage = try await viewer.get("/audit")
            let writerAPI = try await postJSON(viewer, "/api/v1/partnerships")

            #expect(try await viewer.get("/exchanges").status == .ok)
            #expect(try await viewer.get("/api/v1/summary").status == .ok)
            #expect(writerPage.status == .forbidden)
            #expect(writerPage.text.contains("没有权限"))
            #expect(writerPage.headers[.contentType]?.hasPrefix("text/html") == true)
            #expect(adminPage.status == .forbidden)
            #expect(writerAPI.status == .forbidden)
            #expect(writerAPI.text.contains("\"code\":\"forbidden\""))
            #expect(try await viewer.post("/partners/1/place", form: [("clear", "1")]).status == .forbidden)
        }
    }

    @Test func anEditorWritesButIsRefusedAdminRoutes() async throws {
        try await WebTestSite.run { site in
            let editor = try await signedIn(site, .editor)
            // Past the route's access, the form's own rules answer: 422 for an empty partnership.
            let writerAPI = try await postJSON(editor, "/api/v1/partnerships")

            #expect(try await editor.get("/partnerships/new").status == .ok)
            #expect(try await editor.get("/exchanges/new").status == .ok)
            #expect(writerAPI.status == .unprocessableContent)
            #expect(try await editor.get("/units").status == .forbidden)
            #expect(try await editor.get("/audit").status == .forbidden)
            #expect(try await editor.post("/peers", form: [("city", "某市")]).status == .forbidden)
        }
    }

    @Test func anAdminUsesAdminRoutes() async throws {
        try await WebTestSite.run { site in
            for uri in ["/units", "/users", "/audit", "/partnerships/new"] {
                let response = try await site.get(uri)

                #expect(response.status == .ok, "GET \(uri)")
            }
        }
    }
}
