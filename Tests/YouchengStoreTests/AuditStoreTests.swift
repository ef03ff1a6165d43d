import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct AuditStoreTests {
    func event(_ actor: String, _ action: AuditAction, _ type: AuditEntityType, _ id: String?) -> AuditEvent {
        AuditEvent(
            actor: AuditActor(username: actor, unitId: 1), action: action, entityType: type, entityId: id,
            changes: [FieldChange(field: "notes", before: "旧", after: "新")])
    }

    /// Four entries an hour apart from 09:00: alice updates partnership 42, bob creates 43, alice updates 43,
    /// system exports the registry.
    func appendFour(_ audit: AuditStore, _ clock: TestClock) async throws {
        for e in [
            event("alice", .update, .partnership, "42"), event("bob", .create, .partnership, "43"),
            event("alice", .update, .partnership, "43"), event("system", .exported, .registry, nil),
        ] {
            try await audit.append(e)
            clock.advance(3600)
        }
    }

    @Test(arguments: TestBackend.available)
    func entriesComeNewestFirstAndFiltersCombine(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let clock = TestClock("2026-11-23T09:00:00Z")
            let audit = AccountStores.forTests(database, clock: clock).audit
            try await appendFour(audit, clock)

            let all = try await audit.entries(AuditQuery())
            let byAlice = try await audit.entries(AuditQuery(actor: "Alice"))
            let about43 = try await audit.entries(AuditQuery(entityType: .partnership, entityId: "43"))
            let creates = try await audit.entries(AuditQuery(action: .create))
            let aliceOn43 = try await audit.entries(
                AuditQuery(actor: "alice", entityType: .partnership, entityId: "43"))

            #expect(all.items.map(\.action) == [.exported, .update, .create, .update])
            #expect(all.items.first?.entityId == nil && all.total == 4)
            #expect(byAlice.items.map(\.entityId) == ["43", "42"])
            #expect(about43.items.map(\.actor) == ["alice", "bob"])
            #expect(creates.items.map(\.actor) == ["bob"])
            #expect(aliceOn43.total == 1)
            #expect(all.items.last?.changes == [FieldChange(field: "notes", before: "旧", after: "新")])
        }
    }

    @Test(arguments: TestBackend.available)
    func sinceIsInclusiveUntilIsExclusiveAndPagesSplitTheRest(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let clock = TestClock("2026-11-23T09:00:00Z")
            let audit = AccountStores.forTests(database, clock: clock).audit
            try await appendFour(audit, clock)
            let ten = try Date("2026-11-23T10:00:00Z", strategy: .iso8601)
            let twelve = try Date("2026-11-23T12:00:00Z", strategy: .iso8601)

            let window = try await audit.entries(AuditQuery(since: ten, until: twelve))
            let secondPage = try await audit.entries(AuditQuery(page: 2, per: 3))

            #expect(window.items.map(\.time) == [ten.addingTimeInterval(3600), ten])
            #expect(secondPage.items.map(\.actor) == ["alice"] && secondPage.total == 4)
        }
    }

    @Test(arguments: TestBackend.available)
    func theDatabaseRefusesToChangeOrRemoveAnEntry(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let clock = TestClock("2026-11-23T09:00:00Z")
            let audit = AccountStores.forTests(database, clock: clock).audit
            try await audit.append(event("alice", .update, .partnership, "42"))

            await #expect(throws: (any Error).self) {
                try await database.execute("UPDATE audit_log SET actor = 'mallory'")
            }
            await #expect(throws: (any Error).self) { try await database.execute("DELETE FROM audit_log") }
            #expect(try await database.strings("SELECT actor FROM audit_log") == ["alice"])
        }
    }
}
