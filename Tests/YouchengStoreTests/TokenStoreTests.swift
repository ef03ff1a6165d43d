import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct TokenStoreTests {
    @Test(arguments: TestBackend.available)
    func aNewTokenVerifiesAsItsUserAndRecordsItsUse(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let tokens = fixture.stores.tokens

            let issued = try await tokens.create(username: "alice", name: "nightly sync", by: .system)
            fixture.clock.advance(60)
            let grant = try await tokens.verify(issued.plaintext)

            #expect(issued.plaintext.hasPrefix("ycp_\(issued.token.id)_") && issued.plaintext.count == 4 + 16 + 1 + 64)
            #expect(grant?.account == Account(user: fixture.alice, unit: fixture.unit))
            #expect(grant?.token.lastUsedAt == fixture.clock.now)
            #expect(try await tokens.list(userId: fixture.alice.id).first?.lastUsedAt == fixture.clock.now)
            let stored = try await database.strings("SELECT secret_hash FROM api_tokens")
            #expect(
                stored.count == 1 && stored[0].hasPrefix("sha256:")
                    && !issued.plaintext.contains(stored[0].dropFirst(7)))
        }
    }

    @Test(arguments: TestBackend.available)
    func aTokenUseIsWrittenAtMostOnceAMinute(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let tokens = fixture.stores.tokens
            let issued = try await tokens.create(username: "alice", name: "", by: .system)
            fixture.clock.advance(60)
            let first = fixture.clock.now
            _ = try await tokens.verify(issued.plaintext)
            fixture.clock.advance(59)
            let soon = try await tokens.verify(issued.plaintext)
            #expect(soon?.token.lastUsedAt == first)
            #expect(try await tokens.list(userId: nil).first?.lastUsedAt == first)
            fixture.clock.advance(1)
            let later = try await tokens.verify(issued.plaintext)
            #expect(later?.token.lastUsedAt == first.addingTimeInterval(60))
            #expect(try await tokens.list(userId: nil).first?.lastUsedAt == first.addingTimeInterval(60))
        }
    }

    @Test(arguments: TestBackend.available)
    func aTokenStoredAsABcryptHashBeforeStillVerifies(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let older = TokenStore(database: database, hasher: BcryptHasher(cost: 4), now: { fixture.clock.now })
            let issued = try await older.create(username: "alice", name: "", by: .system)
            let wrong = APIToken.plaintext(id: issued.token.id, secret: String(repeating: "a", count: 64))

            #expect(try await database.strings("SELECT secret_hash FROM api_tokens").first?.hasPrefix("$2b$") == true)
            #expect(try await fixture.stores.tokens.verify(issued.plaintext)?.account.user == fixture.alice)
            #expect(try await fixture.stores.tokens.verify(wrong) == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func aWrongSecretAMalformedTokenAndAnInactiveUserAreRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let tokens = fixture.stores.tokens
            let issued = try await tokens.create(username: "alice", name: "", by: .system)
            let wrongSecret = APIToken.plaintext(id: issued.token.id, secret: String(repeating: "0", count: 64))

            #expect(try await tokens.verify(wrongSecret) == nil)
            #expect(try await tokens.verify("ycp_nothex_zz") == nil)
            #expect(try await tokens.verify("Bearer " + issued.plaintext) == nil)
            _ = try await fixture.stores.users.setActive(username: "alice", false, by: .system)
            #expect(try await tokens.verify(issued.plaintext) == nil)
            #expect(try await tokens.list(userId: nil).first?.lastUsedAt == nil)
        }
    }

    @Test(arguments: TestBackend.available)
    func aRevokedTokenIsRefusedAndRevokingTwiceSaysSo(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let tokens = fixture.stores.tokens
            let issued = try await tokens.create(username: "alice", name: "laptop", by: .system)
            let kept = try await tokens.create(username: "admin", name: "", by: .system)

            let revoked = try await tokens.revoke(id: issued.token.id, by: .system)

            #expect(revoked.revokedAt == fixture.clock.now)
            #expect(try await tokens.verify(issued.plaintext) == nil)
            #expect(try await tokens.verify(kept.plaintext) != nil)
            await #expect(throws: AccountError.tokenAlreadyRevoked(issued.token.id)) {
                try await tokens.revoke(id: issued.token.id, by: .system)
            }
            await #expect(throws: AccountError.tokenNotFound("0000000000000000")) {
                try await tokens.revoke(id: "0000000000000000", by: .system)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func tokenChangesAreAuditedWithoutTheSecret(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let fixture = try await AccountFixture(database)
            let issued = try await fixture.stores.tokens.create(username: "alice", name: "laptop", by: .system)
            try await fixture.stores.tokens.revoke(id: issued.token.id, by: .system)

            let entries = try await fixture.stores.audit.entries(
                AuditQuery(entityType: .token, entityId: issued.token.id))
            let logged = try await database.strings("SELECT changes FROM audit_log").joined()

            #expect(entries.items.map(\.action) == [.tokenRevoked, .tokenCreated])
            #expect(
                entries.items.last?.changes == [
                    FieldChange(field: "user", before: nil, after: "alice"),
                    FieldChange(field: "name", before: nil, after: "laptop"), .secret("secret"),
                ])
            #expect(
                entries.items.first?.changes == [
                    FieldChange(field: "revokedAt", before: nil, after: "2026-11-23T09:00:00Z")
                ])
            #expect(!logged.contains(String(issued.plaintext.suffix(64))))
        }
    }
}
