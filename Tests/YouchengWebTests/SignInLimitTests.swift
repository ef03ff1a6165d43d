import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@testable import YouchengWeb

/// The limits on `POST /login`: the per-name lockout under parallel requests, the per-address rate.
@Suite struct SignInLimitTests {
    /// Any 64 hex digits: the sign-in form's double-submit token, sent as cookie and field alike.
    static let csrf = String(repeating: "ab", count: 32)

    /// Posts the sign-in form from `peer` (and with `forwardedFor` as `X-Forwarded-For`, if given).
    static func attempt(
        _ site: WebTestSite, peer: String, forwardedFor: String? = nil, username: String = "admin",
        password: String = "wrong-password"
    ) async throws -> TestResponse {
        var headers: HTTPFields = [.cookie: "\(LoginPages.csrfCookie)=\(csrf)"]
        headers[AuthorityFromTestHeader<Router<WebRequestContext>.Responder>.peerHeader] = peer
        if let forwardedFor { headers[ClientAddress.forwardedFor] = forwardedFor }
        return try await site.signedOut.post(
            "/login", form: [("username", username), ("password", password), ("_csrf", csrf)], headers: headers)
    }

    @Test func thirtyParallelWrongPasswordsForOneNameCheckOnlyFive() async throws {
        let hasher = CountingHasher()
        try await WebTestSite.run(configure: { $0.loginAttemptsPerMinute = 100 }, hasher: hasher) { site in
            hasher.reset()

            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<30 {
                    group.addTask { try await Self.attempt(site, peer: "198.51.100.\(index)").status }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }

            #expect(hasher.evaluations == 5)
            #expect(statuses.count == 30 && statuses.allSatisfy { $0 == .unauthorized })
            let locked = try await site.accounts.audit.entries(AuditQuery(action: .signInFailed)).items.filter {
                $0.changes.first?.after == "locked"
            }
            #expect(locked.count == 1)
        }
    }

    @Test func theTwentyFirstAttemptInAMinuteFromOneAddressIs429InBothLanguages() async throws {
        try await WebTestSite.run { site in
            var statuses: [HTTPResponse.Status] = []
            for index in 1...20 {
                // Other names each time: the per-name lock is not what answers here.
                statuses.append(try await Self.attempt(site, peer: "203.0.113.5", username: "name-\(index)").status)
            }
            let twentyFirst = try await Self.attempt(site, peer: "203.0.113.5", username: "someone-new")
            let otherAddress = try await Self.attempt(site, peer: "203.0.113.6", username: "someone-new")
            let rightPassword = try await Self.attempt(
                site, peer: "203.0.113.5", password: WebTestSite.password)

            #expect(statuses.allSatisfy { $0 == .unauthorized })
            #expect(twentyFirst.status == .tooManyRequests)
            #expect(twentyFirst.text.contains("登录尝试过于频繁"))
            #expect(twentyFirst.text.contains("too many sign-in attempts"))
            #expect(otherAddress.status == .unauthorized)
            #expect(rightPassword.status == .tooManyRequests)  // every attempt counts, a right password too
        }
    }

    @Test func anAddressIsLetInAgainAsItsAttemptsFallOutOfTheMinute() async throws {
        try await WebTestSite.run(configure: { $0.loginAttemptsPerMinute = 2 }) { site in
            _ = try await Self.attempt(site, peer: "203.0.113.5")
            site.clock.advance(30)
            _ = try await Self.attempt(site, peer: "203.0.113.5")
            let third = try await Self.attempt(site, peer: "203.0.113.5")
            site.clock.advance(30)  // the first attempt is now exactly a minute old
            let afterFirstExpired = try await Self.attempt(site, peer: "203.0.113.5")
            let thenFullAgain = try await Self.attempt(site, peer: "203.0.113.5")

            #expect(third.status == .tooManyRequests)
            #expect(afterFirstExpired.status == .unauthorized)
            #expect(thenFullAgain.status == .tooManyRequests)
        }
    }

    @Test func forwardedForCountsOnlyFromATrustedProxy() async throws {
        try await WebTestSite.run(configure: {
            $0.loginAttemptsPerMinute = 1
            $0.trustedProxies = ["10.0.0.1"]
        }) { site in
            let first = try await Self.attempt(site, peer: "10.0.0.1", forwardedFor: "198.51.100.7")
            let sameClient = try await Self.attempt(site, peer: "10.0.0.1", forwardedFor: "198.51.100.7")
            let otherClient = try await Self.attempt(site, peer: "10.0.0.1", forwardedFor: "198.51.100.8")
            // A client's own X-Forwarded-For comes first; the proxy appends the address it saw, which counts.
            let spoofing = try await Self.attempt(site, peer: "10.0.0.1", forwardedFor: "198.51.100.9, 198.51.100.7")
            // Not from the proxy: the header is the client's word only, and the peer counts.
            let direct = try await Self.attempt(site, peer: "192.0.2.4", forwardedFor: "198.51.100.7")
            let directAgain = try await Self.attempt(site, peer: "192.0.2.4", forwardedFor: "198.51.100.10")

            #expect(first.status == .unauthorized)
            #expect(sameClient.status == .tooManyRequests)
            #expect(otherClient.status == .unauthorized)
            #expect(spoofing.status == .tooManyRequests)
            #expect(direct.status == .unauthorized)
            #expect(directAgain.status == .tooManyRequests)
        }
    }
}
