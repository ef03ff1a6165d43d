import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// Sessions end on the server after 30 minutes without a request and 12 hours after sign-in, whatever the cookie
/// says; the clock is the site's test clock.
@Suite struct SessionExpiryTests {
    @Test func aSessionUsedWithinTheIdleTimeoutStaysOpenAndEndsAfterAPause() async throws {
        try await WebTestSite.run { site in
            site.clock.advance(29 * 60)
            let active = try await site.get("/partnerships")
            site.clock.advance(29 * 60)
            let stillActive = try await site.get("/partnerships")
            site.clock.advance(30 * 60)
            let idle = try await site.get("/partnerships")
            let api = try await site.get("/api/v1/partnerships")

            #expect(active.status == .ok)
            #expect(stillActive.status == .ok)
            #expect(idle.status == .seeOther)
            #expect(idle.headers[.location] == "/login?next=%2Fpartnerships")
            #expect(api.status == .unauthorized)
        }
    }

    @Test func aSessionEndsTwelveHoursAfterSignInHoweverActive() async throws {
        try await WebTestSite.run { site in
            // 35 requests 20 minutes apart: 11 h 40 min after sign-in, still open.
            for _ in 0..<35 {
                site.clock.advance(20 * 60)
                #expect(try await site.get("/").status == .ok)
            }
            site.clock.advance(20 * 60)  // exactly 12 hours
            let expired = try await site.get("/")

            #expect(expired.status == .seeOther)
        }
    }

    @Test func signingInAgainAfterExpiryGivesANewSession() async throws {
        try await WebTestSite.run { site in
            let old = try #require(site.session)
            site.clock.advance(31 * 60)

            let again = try await site.signIn(WebTestSite.adminName)

            #expect(again.cookie != old.cookie)
            #expect(try await site.as(again).get("/partnerships").status == .ok)
            #expect(try await site.as(old).get("/partnerships").status == .seeOther)
        }
    }
}
