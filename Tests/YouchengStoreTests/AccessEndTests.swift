import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// A new password or a deactivation ends everything the user was signed in with: sessions, API tokens, the
/// calendar feed link.
@Suite struct AccessEndTests {
    @Test(arguments: TestBackend.available)
    func changingAPasswordRevokesTheUsersTokensAndCalendarLinkButNotOthers(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let stores = fixture.stores
            let token = try await stores.tokens.create(username: "alice", name: "laptop", by: .system)
            let feed = try await stores.calendarFeeds.create(for: fixture.alice, by: .system)
            let session = try await stores.sessions.create(userId: fixture.alice.id)
            let adminToken = try await stores.tokens.create(username: "admin", name: "script", by: .system)
            #expect(try await stores.tokens.verify(token.plaintext) != nil)
            #expect(try await stores.calendarFeeds.verify(feed)?.id == fixture.alice.id)
            fixture.clock.advance(60)

            try await stores.users.changePassword(username: "alice", to: "another-horse-22", by: .system)

            #expect(try await stores.tokens.verify(token.plaintext) == nil)
            #expect(try await stores.calendarFeeds.verify(feed) == nil)
            #expect(try await stores.calendarFeeds.exists(for: fixture.alice) == false)
            #expect(try await stores.sessions.find(id: session.id) == nil)
            #expect(try await stores.tokens.list(userId: fixture.alice.id).first?.revokedAt == fixture.clock.now)
            #expect(try await stores.tokens.verify(adminToken.plaintext) != nil)
            let revoked = try await stores.audit.entries(AuditQuery(action: .tokenRevoked)).items.compactMap(\.entityId)
            #expect(Set(revoked) == [token.token.id, "calendar:\(fixture.alice.id)"])
        }
    }

    @Test(arguments: TestBackend.available)
    func aDeactivatedUsersTokensAndCalendarLinkStayEndedWhenActivatedAgain(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let stores = fixture.stores
            let token = try await stores.tokens.create(username: "alice", name: "laptop", by: .system)
            let feed = try await stores.calendarFeeds.create(for: fixture.alice, by: .system)

            _ = try await stores.users.setActive(username: "alice", false, by: .system)
            _ = try await stores.users.setActive(username: "alice", true, by: .system)

            #expect(try await stores.tokens.verify(token.plaintext) == nil)
            #expect(try await stores.calendarFeeds.verify(feed) == nil)
            #expect(try await stores.tokens.list(userId: fixture.alice.id).allSatisfy { $0.revokedAt != nil })
        }
    }

    @Test(arguments: TestBackend.available)
    func aChangeThatKeepsTheUserActiveLeavesTokensAlone(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let stores = fixture.stores
            let token = try await stores.tokens.create(username: "alice", name: "laptop", by: .system)
            let feed = try await stores.calendarFeeds.create(for: fixture.alice, by: .system)

            _ = try await stores.users.changeRole(username: "alice", to: .viewer, expectedVersion: nil, by: .system)

            #expect(try await stores.tokens.verify(token.plaintext) != nil)
            #expect(try await stores.calendarFeeds.verify(feed) != nil)
        }
    }
}
