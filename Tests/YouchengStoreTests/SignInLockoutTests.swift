import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The lockout under parallel attempts, and what a lock audits.
@Suite struct SignInLockoutTests {
    @Test(arguments: TestBackend.available, ["alice", "mallory"])
    func thirtyParallelWrongPasswordsCheckOnlyFiveBeforeTheLock(backend: TestBackend, name: String) async throws {
        try await backend.withDatabase { database in
            let hasher = CountingHasher()
            let fixture = try await AccountFixture(database, hasher: hasher)
            hasher.reset()

            let results = try await withThrowingTaskGroup(of: SignInResult.self) { group in
                for _ in 1...30 { group.addTask { try await fixture.signIn("wrong-password", as: name) } }
                return try await group.reduce(into: [SignInResult]()) { $0.append($1) }
            }

            // Five attempts are admitted and checked (alice: five bcrypt checks; mallory, unknown: five hashes
            // that stand in for them); the other 25 find the name locked and check nothing.
            #expect(hasher.evaluations == 5)
            let until = fixture.clock.now.addingTimeInterval(15 * 60)
            #expect(results.count == 30)
            #expect(results.filter { $0 == .refused(.locked(until: until)) }.count >= 25)
            #expect(results.allSatisfy { $0 == .refused(.locked(until: until)) || $0 == .refused(.badCredentials) })
            #expect(try await fixture.stores.users.lockedUntil(username: name) == until)
        }
    }

    @Test(arguments: TestBackend.available)
    func parallelAttemptsAuditFiveFailuresAndOnlyTheFirstLockedRefusal(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)

            try await withThrowingTaskGroup(of: SignInResult.self) { group in
                for _ in 1...30 { group.addTask { try await fixture.signIn("wrong-password") } }
                try await group.waitForAll()
            }

            let reasons = try await Self.refusalReasons(fixture)
            #expect(reasons.filter { $0 == "wrongPassword" }.count == 5)
            #expect(reasons.filter { $0 == "locked" }.count == 1)
            #expect(reasons.count == 6)
        }
    }

    @Test(arguments: TestBackend.available)
    func whileLockedOnlyTheFirstRefusalIsAuditedAndANewLockAuditsItsOwnFirst(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            for _ in 1...5 { _ = try await fixture.signIn("wrong-password") }
            let until = fixture.clock.now.addingTimeInterval(15 * 60)

            var refusals: [SignInResult] = []
            for _ in 1...4 {
                fixture.clock.advance(60)
                refusals.append(try await fixture.signIn(AccountFixture.password))
            }
            let duringFirstLock = try await Self.refusalReasons(fixture)
            fixture.clock.set(until)
            for _ in 1...5 { _ = try await fixture.signIn("wrong-password") }
            _ = try await fixture.signIn("wrong-password")
            _ = try await fixture.signIn("wrong-password")

            #expect(refusals.allSatisfy { $0 == .refused(.locked(until: until)) })
            #expect(duringFirstLock.filter { $0 == "locked" }.count == 1)
            let all = try await Self.refusalReasons(fixture)
            #expect(all.filter { $0 == "locked" }.count == 2)
            #expect(all.filter { $0 == "wrongPassword" }.count == 10)
        }
    }

    /// The reasons of the audited refused sign-ins, newest first.
    static func refusalReasons(_ fixture: AccountFixture) async throws -> [String] {
        try await fixture.stores.audit.entries(AuditQuery(action: .signInFailed, per: AuditQuery.maxPer)).items
            .compactMap { $0.changes.first?.after }
    }
}
