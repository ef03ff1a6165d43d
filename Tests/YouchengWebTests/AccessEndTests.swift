import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// A new password or a deactivation ends the user's API tokens and calendar link, as it ends their sessions.
@Suite struct AccessEndTests {
    /// A token and a calendar link for a new editor `carol`.
    static func carolsAccess(_ site: WebTestSite) async throws -> (user: User, token: String, feed: String) {
        let carol = try await site.createUser("carol", role: .editor)
        let token = try await site.accounts.tokens.create(username: "carol", name: "laptop", by: .system)
        let feed = try await site.accounts.calendarFeeds.create(for: carol, by: .system)
        return (carol, token.plaintext, feed)
    }

    /// The status of an API call with `token` and of the calendar feed at `feed`.
    static func answers(_ site: WebTestSite, token: String, feed: String) async throws
        -> (api: HTTPResponse.Status, feed: HTTPResponse.Status)
    {
        let api = try await site.signedOut.get("/api/v1/partnerships", headers: [.authorization: "Bearer \(token)"])
        let calendar = try await site.signedOut.get("/calendar.ics?token=\(feed)")
        return (api.status, calendar.status)
    }

    @Test func aPasswordSetByAnAdminEndsTheUsersTokenAndCalendarLink() async throws {
        try await WebTestSite.run { site in
            let carol = try await Self.carolsAccess(site)
            let before = try await Self.answers(site, token: carol.token, feed: carol.feed)

            let set = try await site.post(
                "/users/\(carol.user.id)/password", form: [("password", "a-brand-new-password")])

            let after = try await Self.answers(site, token: carol.token, feed: carol.feed)
            #expect(before.api == .ok && before.feed == .ok)
            #expect(set.status == .seeOther)
            #expect(after.api == .unauthorized)
            #expect(after.feed == .notFound)
        }
    }

    @Test func aDeactivatedUsersTokenAndLinkStayEndedAfterActivation() async throws {
        try await WebTestSite.run { site in
            let carol = try await Self.carolsAccess(site)

            _ = try await site.accounts.users.setActive(username: "carol", false, by: .system)
            let whileInactive = try await Self.answers(site, token: carol.token, feed: carol.feed)
            _ = try await site.accounts.users.setActive(username: "carol", true, by: .system)
            let afterActivation = try await Self.answers(site, token: carol.token, feed: carol.feed)

            #expect(whileInactive.api == .unauthorized && whileInactive.feed == .notFound)
            #expect(afterActivation.api == .unauthorized && afterActivation.feed == .notFound)
        }
    }
}
