import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

@Suite struct SignInTests {
    @Test func signedOutPageRedirectsToLoginWithTheAskedPage() async throws {
        try await WebTestSite.run { site in
            let response = try await site.signedOut.get("/partnerships?country=JP")

            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/login?next=%2Fpartnerships%3Fcountry%3DJP")
        }
    }

    @Test func signedOutAPICallIs401JSON() async throws {
        try await WebTestSite.run { site in
            let response = try await site.signedOut.get("/api/v1/partnerships")

            #expect(response.status == .unauthorized)
            #expect(response.text.contains("\"code\":\"unauthorized\""))
        }
    }

    @Test func theBrowsersOwnFaviconRequestDoesNotReachTheSignInPage() async throws {
        try await WebTestSite.run { site in
            let response = try await site.signedOut.get("/favicon.ico")

            #expect(response.status == .notFound)
            #expect(response.headers[.setCookie] == nil)
        }
    }

    @Test func loginHealthAndStaticFilesAreOpen() async throws {
        try await WebTestSite.run { site in
            let login = try await site.signedOut.get("/login")
            let health = try await site.signedOut.get("/health")
            let css = try await site.signedOut.get("/static/app.css")

            #expect(login.status == .ok)
            #expect(login.text.contains("name=\"username\""))
            #expect(login.text.contains("name=\"password\""))
            #expect(login.text.contains("name=\"_csrf\""))
            #expect(health.status == .ok)
            #expect(css.status == .ok)
        }
    }

    @Test func loginFormIsBilingual() async throws {
        try await WebTestSite.run { site in
            let zh = try await site.signedOut.get("/login")
            let en = try await site.signedOut.get("/login?lang=en")

            #expect(zh.text.contains("用户名"))
            #expect(en.text.contains("Username"))
        }
    }

    @Test func signInSetsASafeSessionCookieAndGoesToTheAskedPage() async throws {
        try await WebTestSite.run { site in
            let response = try await site.signInAttempt(
                WebTestSite.adminName, password: WebTestSite.password, next: "/partnerships?country=JP")

            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/partnerships?country=JP")
            let cookie = try #require(WebTestSite.setCookie(SessionMiddleware.cookieName, in: response))
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            #expect(cookie.contains("Path=/"))
            #expect(!cookie.contains("Secure"))
        }
    }

    @Test func sessionCookieIsSecureBehindAnHTTPSProxy() async throws {
        try await WebTestSite.run { site in
            let form = try await site.signedOut.get("/login", headers: [forwardedProto: "https"])
            let csrf = try #require(WebTestSite.cookie(LoginPages.csrfCookie, in: form))
            let response = try await site.signedOut.post(
                "/login",
                form: [("username", WebTestSite.adminName), ("password", WebTestSite.password), ("_csrf", csrf)],
                headers: [.cookie: "\(LoginPages.csrfCookie)=\(csrf)", forwardedProto: "https"])

            let cookie = try #require(WebTestSite.setCookie(SessionMiddleware.cookieName, in: response))
            #expect(cookie.contains("Secure"))
        }
    }

    @Test(arguments: ["//evil.example/", "https://evil.example/", "/\\evil.example", "partnerships"])
    func nextOffSiteIsIgnored(next: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.signInAttempt(
                WebTestSite.adminName, password: WebTestSite.password, next: next)

            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/")
        }
    }

    @Test func wrongPasswordAndUnknownUserGetTheSameMessage() async throws {
        try await WebTestSite.run { site in
            let wrong = try await site.signInAttempt(WebTestSite.adminName, password: "not-the-password")
            let unknown = try await site.signInAttempt("nobody", password: "not-the-password")

            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            #expect(wrong.text.contains("用户名或密码错误"))
            #expect(wrong.text.contains("wrong username or password"))
            #expect(unknown.text.contains("用户名或密码错误"))
            #expect(WebTestSite.cookie(SessionMiddleware.cookieName, in: wrong) == nil)
        }
    }

    @Test func fiveFailuresLockTheUsername() async throws {
        try await WebTestSite.run { site in
            for _ in 1...5 { _ = try await site.signInAttempt(WebTestSite.adminName, password: "not-the-password") }
            let locked = try await site.signInAttempt(WebTestSite.adminName, password: WebTestSite.password)

            #expect(locked.status == .unauthorized)
            #expect(locked.text.contains("已暂时锁定"))
            #expect(WebTestSite.cookie(SessionMiddleware.cookieName, in: locked) == nil)
        }
    }

    @Test func signInWithoutTheFormTokenIsRefused() async throws {
        try await WebTestSite.run { site in
            let noToken = try await site.signedOut.post(
                "/login", form: [("username", WebTestSite.adminName), ("password", WebTestSite.password)])
            let mismatch = try await site.signedOut.post(
                "/login",
                form: [("username", WebTestSite.adminName), ("password", WebTestSite.password), ("_csrf", "abc")],
                headers: [.cookie: "\(LoginPages.csrfCookie)=def"])

            #expect(noToken.status == .forbidden)
            #expect(mismatch.status == .forbidden)
        }
    }

    @Test func anotherLoadOfTheFormKeepsTheBrowsersToken() async throws {
        try await WebTestSite.run { site in
            let first = try await site.signedOut.get("/login")
            let token = try #require(WebTestSite.cookie(LoginPages.csrfCookie, in: first))
            let second = try await site.signedOut.get(
                "/login?next=%2Ffavicon.ico", headers: [.cookie: "\(LoginPages.csrfCookie)=\(token)"])

            #expect(WebTestSite.cookie(LoginPages.csrfCookie, in: second) == token)
            #expect(second.text.contains("value=\"\(token)\""))
        }
    }

    @Test func headerShowsTheUserAndALogoutButton() async throws {
        try await WebTestSite.run { site in
            let page = try await site.get("/")

            #expect(page.text.contains("id=\"current-user\">admin<"))
            #expect(page.text.contains("id=\"logout-form\""))
            #expect(page.text.contains("value=\"\(try #require(site.session).csrf)\""))
        }
    }

    @Test func logoutEndsTheSessionOnTheServer() async throws {
        try await WebTestSite.run { site in
            let logout = try await site.post("/logout", form: [])
            let after = try await site.get("/")

            #expect(logout.status == .seeOther)
            #expect(logout.headers[.location] == "/login")
            #expect(after.status == .seeOther)
        }
    }

    @Test func logoutWithoutTheTokenKeepsTheSession() async throws {
        try await WebTestSite.run { site in
            let logout = try await site.post("/logout", form: [("_csrf", "wrong")])
            let after = try await site.get("/")

            #expect(logout.status == .forbidden)
            #expect(after.status == .ok)
        }
    }

    @Test func apiAcceptsABearerToken() async throws {
        try await WebTestSite.run { site in
            let issued = try await site.accounts.tokens.create(
                username: WebTestSite.adminName, name: "script", by: .system)
            let good = try await site.signedOut.get(
                "/api/v1/partnerships", headers: [.authorization: "Bearer \(issued.plaintext)"])
            let bad = try await site.signedOut.get(
                "/api/v1/partnerships", headers: [.authorization: "Bearer ycp_nope_nope"])
            let page = try await site.signedOut.get("/", headers: [.authorization: "Bearer \(issued.plaintext)"])

            #expect(good.status == .ok)
            #expect(bad.status == .unauthorized)
            #expect(page.status == .seeOther)
        }
    }

    private var forwardedProto: HTTPFields.Element.Name { HTTPFields.Element.Name("X-Forwarded-Proto")! }
}
