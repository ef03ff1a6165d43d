import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct SessionStoreTests {
    @Test(arguments: TestBackend.available)
    func aSessionIsFoundWithItsAccountAndItsOwnCSRFToken(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)

            let session = try await fixture.stores.sessions.create(userId: fixture.alice.id)
            let other = try await fixture.stores.sessions.create(userId: fixture.alice.id)
            let found = try await fixture.stores.sessions.find(id: session.id)

            #expect(found == SessionGrant(session: session, account: Account(user: fixture.alice, unit: fixture.unit)))
            #expect(session.id.count == 64 && session.csrfToken.count == 64)
            #expect(session.id != other.id && session.csrfToken != other.csrfToken && session.id != session.csrfToken)
            #expect(try await fixture.stores.sessions.find(id: "not-a-session") == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func aSessionEndsThirtyMinutesAfterItsLastRequest(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let sessions = fixture.stores.sessions
            let session = try await sessions.create(userId: fixture.alice.id)

            fixture.clock.advance(29 * 60 + 59)
            let beforeTimeout = try await sessions.find(id: session.id)
            try await sessions.touch(session)
            fixture.clock.advance(29 * 60 + 59)
            let afterTouch = try await sessions.find(id: session.id)
            fixture.clock.advance(1)
            let atTimeout = try await sessions.find(id: session.id)
            fixture.clock.advance(-60)
            let afterRemoval = try await sessions.find(id: session.id)

            #expect(beforeTimeout != nil)
            #expect(afterTouch?.session.lastSeenAt == session.createdAt.addingTimeInterval(29 * 60 + 59))
            #expect(atTimeout == nil)
            #expect(afterRemoval == nil)  // an ended session is removed, not merely hidden
        }
    }

    @Test(arguments: TestBackend.available)
    func aSessionEndsTwelveHoursAfterSignInHoweverActive(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let sessions = fixture.stores.sessions
            let session = try await sessions.create(userId: fixture.alice.id)
            for _ in 1...35 {
                fixture.clock.advance(20 * 60)
                try await sessions.touch(session)
            }
            fixture.clock.advance(19 * 60 + 59)  // 11:59:59 after sign-in, last request 19:59 ago

            let justBefore = try await sessions.find(id: session.id)
            fixture.clock.advance(1)
            let atLimit = try await sessions.find(id: session.id)

            #expect(justBefore != nil)
            #expect(atLimit == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func aRequestIsWrittenAtMostOnceAMinute(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let sessions = fixture.stores.sessions
            let session = try await sessions.create(userId: fixture.alice.id)

            fixture.clock.advance(59)
            try await sessions.touch(try #require(try await sessions.find(id: session.id)).session)
            let within = try await sessions.find(id: session.id)
            fixture.clock.advance(1)
            try await sessions.touch(try #require(try await sessions.find(id: session.id)).session)
            let after = try await sessions.find(id: session.id)

            #expect(within?.session.lastSeenAt == session.createdAt)  // 59 s after: not written
            #expect(after?.session.lastSeenAt == session.createdAt.addingTimeInterval(60))
        }
    }

    @Test(arguments: TestBackend.available)
    func aLateTouchDoesNotBringAnEndedSessionBack(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let sessions = fixture.stores.sessions
            let session = try await sessions.create(userId: fixture.alice.id)
            fixture.clock.advance(30 * 60)

            try await sessions.touch(session)

            #expect(try await sessions.find(id: session.id) == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func signingOutEndsTheSessionOnTheServerAndIsAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let sessions = fixture.stores.sessions
            let session = try await sessions.create(userId: fixture.alice.id)
            let kept = try await sessions.create(userId: fixture.admin.id)

            try await sessions.delete(id: session.id)
            try await sessions.delete(id: session.id)

            #expect(try await sessions.find(id: session.id) == nil)
            #expect(try await sessions.find(id: kept.id) != nil)
            let signOuts = try await fixture.stores.audit.entries(AuditQuery(action: .signOut))
            #expect(signOuts.total == 1 && signOuts.items.first?.actor == "alice")
        }
    }

    @Test(arguments: TestBackend.available)
    func endedSessionsAreRemovedInOneSweep(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let sessions = fixture.stores.sessions
            _ = try await sessions.create(userId: fixture.alice.id)
            fixture.clock.advance(20 * 60)
            let fresh = try await sessions.create(userId: fixture.admin.id)
            fixture.clock.advance(10 * 60)

            let removed = try await sessions.removeExpired()

            #expect(removed == 1)
            #expect(try await sessions.find(id: fresh.id) != nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func aNewSessionRemovesFromTheDatabaseEverySessionThatHasEnded(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let sessions = fixture.stores.sessions
            let idle = try await sessions.create(userId: fixture.alice.id)  // 09:00, never used again
            fixture.clock.advance(20 * 60)
            let active = try await sessions.create(userId: fixture.admin.id)  // 09:20
            fixture.clock.advance(10 * 60)  // 09:30: `idle` has been idle exactly 30 minutes, so it has ended

            let new = try await sessions.create(userId: fixture.alice.id)

            let stored = try await database.strings("SELECT id FROM sessions ORDER BY created_at")
            #expect(stored == [active.id, new.id])
            #expect(!stored.contains(idle.id))
        }
    }
}
