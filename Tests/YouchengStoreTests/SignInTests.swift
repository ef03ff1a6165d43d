import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct SignInTests {
    @Test(arguments: TestBackend.available)
    func theRightPasswordSignsInWithTheAccountAndIsAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)

            let result = try await fixture.signIn(AccountFixture.password, as: "  ALICE ")

            #expect(result == .signedIn(Account(user: fixture.alice, unit: fixture.unit)))
            let entry = try await fixture.stores.audit.entries(AuditQuery(action: .signIn)).items.first
            #expect(
                entry?.actor == "alice" && entry?.unitId == fixture.unit.id
                    && entry?.entityId == String(fixture.alice.id))
        }
    }

    @Test(arguments: TestBackend.available)
    func theFifthFailureLocksForFifteenMinutesEvenForTheRightPassword(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let start = fixture.clock.now
            var results: [SignInResult] = []
            for _ in 1...5 {
                results.append(try await fixture.signIn("wrong-password"))
                fixture.clock.advance(60)
            }
            let fifth = start.addingTimeInterval(4 * 60)

            #expect(results.prefix(4).allSatisfy { $0 == .refused(.badCredentials) })
            #expect(results[4] == .refused(.locked(until: fifth.addingTimeInterval(15 * 60))))
            fixture.clock.set(fifth.addingTimeInterval(15 * 60 - 1))
            #expect(
                try await fixture.signIn(AccountFixture.password)
                    == .refused(.locked(until: fifth.addingTimeInterval(15 * 60))))
            #expect(try await fixture.stores.users.lockedUntil(username: "alice") == fifth.addingTimeInterval(15 * 60))
            fixture.clock.set(fifth.addingTimeInterval(15 * 60))
            #expect(
                try await fixture.signIn(AccountFixture.password)
                    == .signedIn(Account(user: fixture.alice, unit: fixture.unit)))
            let failed = try await fixture.stores.audit.entries(AuditQuery(action: .signInFailed))
            #expect(failed.total == 6)
            #expect(failed.items.first?.changes == [FieldChange(field: "reason", before: nil, after: "locked")])
            #expect(failed.items.last?.changes == [FieldChange(field: "reason", before: nil, after: "wrongPassword")])
        }
    }

    @Test(arguments: TestBackend.available)
    func anUnknownUsernameIsAnsweredAndLockedExactlyLikeAKnownOne(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            var results: [SignInResult] = []
            for _ in 1...5 { results.append(try await fixture.signIn("anything-at-all", as: "mallory")) }

            #expect(results.prefix(4).allSatisfy { $0 == .refused(.badCredentials) })
            #expect(results[4] == .refused(.locked(until: fixture.clock.now.addingTimeInterval(15 * 60))))
            let entry = try await fixture.stores.audit.entries(AuditQuery(actor: "mallory")).items.first
            #expect(entry?.entityId == nil && entry?.unitId == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func unlockLiftsTheLockAndRecordsWhenItWouldHaveEnded(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            for _ in 1...5 { _ = try await fixture.signIn("wrong-password") }
            let until = fixture.clock.now.addingTimeInterval(15 * 60)

            let lifted = try await fixture.stores.users.unlock(username: "Alice", by: .system)

            #expect(lifted == until)
            #expect(try await fixture.stores.users.lockedUntil(username: "alice") == nil)
            #expect(
                try await fixture.signIn(AccountFixture.password)
                    == .signedIn(Account(user: fixture.alice, unit: fixture.unit)))
            let entry = try await fixture.stores.audit.entries(AuditQuery(action: .unlocked)).items.first
            #expect(entry?.changes == [FieldChange(field: "lockedUntil", before: "2026-11-23T09:15:00Z", after: nil)])
            await #expect(throws: AccountError.userNotFound("nobody")) {
                try await fixture.stores.users.unlock(username: "nobody", by: .system)
            }
        }
    }
}
