import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct UserStoreTests {
    @Test(arguments: TestBackend.available)
    func aNewUserIsStoredWithABcryptHashAndAuditedWithoutIt(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)

            let hashes = try await database.strings("SELECT password_hash FROM users WHERE username = 'alice'")
            let entry = try #require(
                try await fixture.stores.audit.entries(
                    AuditQuery(entityType: .user, entityId: String(fixture.alice.id))
                )
                .items.first)
            let logged = try await database.strings("SELECT changes FROM audit_log").joined()

            #expect(fixture.alice.username == "alice" && fixture.alice.role == .editor)
            #expect(hashes.count == 1 && hashes[0].hasPrefix("$2b$04$"))
            #expect(entry.action == .userCreated && entry.actor == "system")
            #expect(entry.changes.last == FieldChange(field: "password", before: "[hidden]", after: "[hidden]"))
            #expect(entry.changes.contains(FieldChange(field: "role", before: nil, after: "editor")))
            #expect(!logged.contains(AccountFixture.password) && !logged.contains(hashes[0]))
        }
    }

    @Test(arguments: TestBackend.available)
    func aTakenUsernameAShortPasswordAndAnInactiveUnitAreRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let users = fixture.stores.users
            let closed = try await fixture.stores.units.create(
                UnitDraft(nameZh: "旧单位", nameEn: "", kind: .other, homeCode: nil, contactPerson: ""), by: .system)
            _ = try await fixture.stores.units.deactivate(id: closed.id, expectedVersion: nil, by: .system)

            await #expect(throws: AccountError.duplicateUsername("alice")) {
                try await users.create(
                    username: "ALICE", password: AccountFixture.password, unitId: fixture.unit.id, role: .viewer,
                    by: .system)
            }
            await #expect(throws: FieldError.self) {
                try await users.create(
                    username: "bob", password: "short", unitId: fixture.unit.id, role: .viewer, by: .system)
            }
            await #expect(throws: AccountError.inactiveUnit("旧单位")) {
                try await users.create(
                    username: "bob", password: AccountFixture.password, unitId: closed.id, role: .viewer, by: .system)
            }
            #expect(try await users.count() == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func aNewPasswordReplacesTheOldOneEndsSessionsAndIsAuditedHidden(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let session = try await fixture.stores.sessions.create(userId: fixture.alice.id)

            try await fixture.stores.users.changePassword(username: "alice", to: "another-horse-2", by: .system)

            #expect(try await fixture.signIn(AccountFixture.password) == .refused(.badCredentials))
            var changed = fixture.alice
            changed.version = 2
            #expect(
                try await fixture.signIn("another-horse-2") == .signedIn(Account(user: changed, unit: fixture.unit)))
            #expect(try await fixture.stores.sessions.find(id: session.id) == nil)
            let entry = try await fixture.stores.audit.entries(AuditQuery(action: .passwordChanged)).items.first
            #expect(entry?.changes == [.secret("password")])
            await #expect(throws: FieldError.self) {
                try await fixture.stores.users.changePassword(username: "alice", to: "short", by: .system)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func aRoleChangeIsAuditedAndTheLastAdminKeepsTheirRole(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let users = fixture.stores.users
            let actor = AuditActor(username: "admin", unitId: fixture.unit.id)

            let viewer = try await users.changeRole(username: "alice", to: .viewer, expectedVersion: 1, by: actor)

            #expect(viewer.role == .viewer && viewer.version == 2)
            await #expect(throws: AccountError.staleVersion(current: 2)) {
                try await users.changeRole(username: "alice", to: .admin, expectedVersion: 1, by: actor)
            }
            await #expect(throws: AccountError.lastAdmin) {
                try await users.changeRole(username: "admin", to: .editor, expectedVersion: nil, by: actor)
            }
            await #expect(throws: AccountError.lastAdmin) {
                try await users.setActive(username: "admin", false, by: actor)
            }
            let entry = try await fixture.stores.audit.entries(AuditQuery(action: .roleChanged)).items.first
            #expect(entry?.actor == "admin")
            #expect(entry?.changes == [FieldChange(field: "role", before: "editor", after: "viewer")])
        }
    }

    @Test(arguments: TestBackend.available)
    func aDeactivatedUserCannotSignInAndLosesTheirSessions(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let session = try await fixture.stores.sessions.create(userId: fixture.alice.id)

            _ = try await fixture.stores.users.setActive(username: "alice", false, by: .system)

            #expect(try await fixture.signIn(AccountFixture.password) == .refused(.badCredentials))
            #expect(try await fixture.stores.sessions.find(id: session.id) == nil)
            let failed = try await fixture.stores.audit.entries(AuditQuery(action: .signInFailed)).items.first
            #expect(failed?.changes == [FieldChange(field: "reason", before: nil, after: "inactive")])
        }
    }
}
