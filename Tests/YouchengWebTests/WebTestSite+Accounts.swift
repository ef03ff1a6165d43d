import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@testable import YouchengWeb

/// A signed-in browser: the `Cookie` header value to send and the session's CSRF token for forms.
struct SignedIn: Sendable {
    let cookie: String
    let csrf: String
}

extension WebTestSite {
    /// The administrator every site starts signed in as.
    static let adminName = "admin"
    /// Every test user's password.
    static let password = "a-long-test-password"

    /// Creates a user with `role` in a new unit whose home is `home` (the FAO unit, without a home, for nil).
    @discardableResult
    func createUser(_ username: String, role: Role, home: String? = nil) async throws -> User {
        let code = try home.map { try ReferenceData.bundled.localities.resolve($0).get().code }
        let draft = UnitDraft(
            nameZh: "单位\(username)", nameEn: "Unit \(username)", kind: code == nil ? .fao : .district,
            homeCode: code, contactPerson: "")
        let unit = try await accounts.units.create(draft, by: .system)
        return try await accounts.users.create(
            username: username, password: Self.password, unitId: unit.id, role: role, by: .system)
    }

    /// Signs in through the form as a browser would and returns the session.
    func signIn(_ username: String, password: String = WebTestSite.password) async throws -> SignedIn {
        let response = try await signInAttempt(username, password: password)
        #expect(response.status == .seeOther)
        let id = try #require(Self.cookie(SessionMiddleware.cookieName, in: response))
        let grant = try #require(try await accounts.sessions.find(id: id))
        return SignedIn(cookie: "\(SessionMiddleware.cookieName)=\(id)", csrf: grant.session.csrfToken)
    }

    /// Loads the sign-in form and posts it with `username` and `password` (and `next`, if given).
    func signInAttempt(_ username: String, password: String, next: String? = nil) async throws -> TestResponse {
        let form = try await client.execute(uri: "/login", method: .get, headers: [:])
        let csrf = try #require(Self.cookie(LoginPages.csrfCookie, in: form))
        var fields = [("username", username), ("password", password), ("_csrf", csrf)]
        if let next { fields.append(("next", next)) }
        return try await signedOut.post(
            "/login", form: fields, headers: [.cookie: "\(LoginPages.csrfCookie)=\(csrf)"])
    }

    /// The site with requests sent in `session`.
    func `as`(_ session: SignedIn?) -> WebTestSite {
        var site = self
        site.session = session
        return site
    }

    /// The site with requests sent without a session.
    var signedOut: WebTestSite { `as`(nil) }

    /// The value a response sets for cookie `name`.
    static func cookie(_ name: String, in response: TestResponse) -> String? {
        for header in response.headers[values: .setCookie] {
            let pair = header.split(separator: ";").first.map(String.init) ?? ""
            if pair.hasPrefix(name + "=") { return String(pair.dropFirst(name.count + 1)) }
        }
        return nil
    }

    /// The whole `Set-Cookie` header for cookie `name`.
    static func setCookie(_ name: String, in response: TestResponse) -> String? {
        response.headers[values: .setCookie].first { $0.hasPrefix(name + "=") }
    }
}
