import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Moving a user to another unit: versioned, audited with the unit ids before and after, refused for a missing or
/// inactive unit, on both databases.
@Suite struct UserUnitChangeTests {
    func newUnit(_ fixture: AccountFixture, _ name: String) async throws -> MemberUnit {
        try await fixture.stores.units.create(
            UnitDraft(nameZh: name, nameEn: "", kind: .bureau, homeCode: nil, contactPerson: ""), by: .system)
    }

    @Test(arguments: TestBackend.available)
    func movingAUserBumpsTheVersionAndAuditsTheUnitIds(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let commerce = try await newUnit(fixture, "商务局")
            let actor = AuditActor(username: "admin", unitId: fixture.unit.id)

            let moved = try await fixture.stores.users.changeUnit(
                username: "alice", to: commerce.id, expectedVersion: fixture.alice.version, by: actor)
            let stored = try #require(try await fixture.stores.users.user(id: fixture.alice.id))
            let entries = try await fixture.stores.audit.entries(
                AuditQuery(entityType: .user, entityId: String(fixture.alice.id), action: .update))

            #expect(moved.unitId == commerce.id && stored.unitId == commerce.id)
            #expect(stored.version == fixture.alice.version + 1)
            #expect(entries.total == 1)
            #expect(entries.items.first?.actor == "admin")
            #expect(
                entries.items.first?.changes == [
                    FieldChange(field: "unitId", before: String(fixture.unit.id), after: String(commerce.id))
                ])
        }
    }

    @Test(arguments: TestBackend.available)
    func aStaleVersionAMissingUnitAndAnInactiveUnitChangeNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let users = fixture.stores.users
            let closed = try await newUnit(fixture, "旧单位")
            _ = try await fixture.stores.units.deactivate(id: closed.id, expectedVersion: nil, by: .system)
            let open = try await newUnit(fixture, "教育局")

            await #expect(throws: AccountError.staleVersion(current: fixture.alice.version)) {
                try await users.changeUnit(
                    username: "alice", to: open.id, expectedVersion: fixture.alice.version + 5, by: .system)
            }
            await #expect(throws: AccountError.unitNotFound("9999")) {
                try await users.changeUnit(username: "alice", to: 9999, expectedVersion: nil, by: .system)
            }
            await #expect(throws: AccountError.inactiveUnit("旧单位")) {
                try await users.changeUnit(username: "alice", to: closed.id, expectedVersion: nil, by: .system)
            }
            let stored = try #require(try await users.user(id: fixture.alice.id))
            #expect(stored == fixture.alice)
            #expect(try await fixture.stores.audit.entries(AuditQuery(action: .update)).total == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func movingToTheSameUnitChangesNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)

            let same = try await fixture.stores.users.changeUnit(
                username: "alice", to: fixture.unit.id, expectedVersion: fixture.alice.version, by: .system)

            #expect(same == fixture.alice)
            #expect(try await fixture.stores.audit.entries(AuditQuery(action: .update)).total == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func roleUnitAndStateChangeTogetherOrNotAtAll(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let users = fixture.stores.users
            let commerce = try await newUnit(fixture, "商务局")

            // The only admin, moved and demoted at once: the last-admin rule refuses, and the move is not kept.
            await #expect(throws: AccountError.lastAdmin) {
                try await users.update(
                    username: "admin", role: .editor, unitId: commerce.id, active: true,
                    expectedVersion: fixture.admin.version, by: .system)
            }
            let admin = try #require(try await users.user(id: fixture.admin.id))
            let changed = try await users.update(
                username: "alice", role: .viewer, unitId: commerce.id, active: false,
                expectedVersion: fixture.alice.version, by: .system)
            let entries = try await fixture.stores.audit.entries(
                AuditQuery(entityType: .user, entityId: String(fixture.alice.id), action: .roleChanged))

            #expect(admin.unitId == fixture.unit.id && admin.role == .admin && admin.version == fixture.admin.version)
            #expect(changed.role == .viewer && changed.unitId == commerce.id && !changed.active)
            #expect(changed.version == fixture.alice.version + 1)
            #expect(entries.total == 1)
            #expect(entries.items.first?.changes.map(\.field) == ["unitId", "role", "active"])
        }
    }
}
