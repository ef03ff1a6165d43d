import Foundation
import SQLKit
import YouchengCore

/// Personal access tokens kept in SQL: the id in clear (to find the row), the secret only as a hash.
public struct TokenStore: TokenRepository {
    let database: Database
    let hasher: any PasswordHasher
    let now: @Sendable () -> Date
    let randomHex: @Sendable (Int) -> String

    /// SHA-256 for token secrets (256 random bits, which no hash speed makes guessable); tokens issued before, as
    /// bcrypt hashes at its smallest cost, are still checked by bcrypt.
    public static let defaultHasher = SecretDigestHasher(legacy: BcryptHasher(cost: 4))

    /// How often a token's last use is written, at most.
    static let useInterval: TimeInterval = 60

    /// Creates the store; `now` and `randomHex` (bytes → hex) are injectable so tests fix the clock and the ids.
    public init(
        database: Database, hasher: any PasswordHasher = TokenStore.defaultHasher,
        now: @escaping @Sendable () -> Date = { Date() },
        randomHex: @escaping @Sendable (Int) -> String = RandomToken.hex(bytes:)
    ) {
        self.database = database
        self.hasher = hasher
        self.now = now
        self.randomHex = randomHex
    }

    static let tokenColumnList = """
        t.id AS token_id, t.user_id AS token_user_id, t.name AS token_name, t.created_at AS token_created_at,
        t.revoked_at AS token_revoked_at, t.last_used_at AS token_last_used_at
        """

    static let selectToken: SQLQueryString = "SELECT \(unsafeRaw: tokenColumnList) FROM api_tokens t"

    /// A token with its secret's hash, its account, and the registry counter (`RequestReads`), by id: read on every
    /// API request signed in by a token, so PostgreSQL keeps it planned.
    private enum Lookup: PreparedRead {
        static let name = "youcheng_token"
        static let sql =
            "SELECT " + tokenColumnList + ", t.secret_hash, " + AccountRows.userColumnList + ", "
            + AccountRows.unitColumnList + ", " + RequestReads.registryCounterColumn
            + " FROM api_tokens t JOIN users u ON u.id = t.user_id JOIN units n ON n.id = u.unit_id WHERE t.id = $1"
    }

    public func create(username: String, name: String, by actor: AuditActor) async throws -> IssuedToken {
        let userName = Username.normalized(username)
        let label = String(name.trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        let (id, secret) = (randomHex(8), randomHex(32))
        let hash = await hasher.hash(secret)
        let time = now()
        let token = try await database.transaction { sql in
            guard let user = try await UserStore.user(username: userName, sql: sql) else {
                throw AccountError.userNotFound(userName)
            }
            let token = APIToken(id: id, userId: user.id, name: label, createdAt: Timestamp.truncated(time))
            try await sql.raw(
                """
                INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at)
                VALUES (\(bind: id), \(bind: user.id), \(bind: label), \(bind: hash), \(bind: Timestamp.string(time)))
                """
            ).run()
            let changes = [
                FieldChange(field: "user", before: nil, after: user.username),
                FieldChange(field: "name", before: nil, after: label), .secret("secret"),
            ]
            let event = AuditEvent(
                actor: actor, action: .tokenCreated, entityType: .token, entityId: id, changes: changes)
            _ = try await AuditStore.append(event, at: time, sql: sql)
            return token
        }
        return IssuedToken(token: token, plaintext: APIToken.plaintext(id: id, secret: secret))
    }

    /// Reads the registry's change counter in the same statement, for the rest of the request (`RequestReads`).
    public func verify(_ plaintext: String) async throws -> TokenGrant? {
        guard let (id, secret) = APIToken.parse(plaintext), id.count == 16, secret.count == 64 else { return nil }
        let row = try await database.first(Lookup.self, [id])
        if let row { try RequestReads.remember(registryCounterIn: row) }
        let found = try row.map {
            (try Self.token($0), try AccountRows.account($0), try $0.decode(column: "secret_hash", as: String.self))
        }
        guard let (token, account, hash) = found, token.revokedAt == nil, account.user.active else { return nil }
        guard await hasher.verify(secret, against: hash) else { return nil }
        let time = now()
        // The last use is written at most once a minute, like a session's: not a write per API request.
        if let last = token.lastUsedAt, time.timeIntervalSince(last) < Self.useInterval {
            return TokenGrant(token: token, account: account)
        }
        try await database.withConnection { sql in
            try await sql.raw(
                "UPDATE api_tokens SET last_used_at = \(bind: Timestamp.string(time)) WHERE id = \(bind: id)"
            ).run()
        }
        var used = token
        used.lastUsedAt = Timestamp.truncated(time)
        return TokenGrant(token: used, account: account)
    }

    @discardableResult
    public func revoke(id: String, by actor: AuditActor) async throws -> APIToken {
        let time = now()
        return try await database.transaction { sql in
            guard var token = try await sql.raw(Self.selectToken + " WHERE t.id = \(bind: id)").first().map(Self.token)
            else { throw AccountError.tokenNotFound(id) }
            guard token.revokedAt == nil else { throw AccountError.tokenAlreadyRevoked(id) }
            try await Self.revoke(id: id, actor: actor, time: time, sql: sql)
            token.revokedAt = Timestamp.truncated(time)
            return token
        }
    }

    /// Revokes every token of `userId` not yet revoked, auditing each; returns their ids. For a password change
    /// or a deactivation, in the caller's transaction.
    @discardableResult
    static func revokeAll(userId: Int64, actor: AuditActor, time: Date, sql: any SQLDatabase) async throws
        -> [String]
    {
        let ids = try await sql.raw(
            "SELECT id FROM api_tokens WHERE user_id = \(bind: userId) AND revoked_at IS NULL ORDER BY id"
        ).all(decodingColumn: "id", as: String.self)
        for id in ids { try await revoke(id: id, actor: actor, time: time, sql: sql) }
        return ids
    }

    /// Marks token `id` revoked at `time` and audits it.
    private static func revoke(id: String, actor: AuditActor, time: Date, sql: any SQLDatabase) async throws {
        let stamp = Timestamp.string(time)
        try await sql.raw("UPDATE api_tokens SET revoked_at = \(bind: stamp) WHERE id = \(bind: id)").run()
        let event = AuditEvent(
            actor: actor, action: .tokenRevoked, entityType: .token, entityId: id,
            changes: [FieldChange(field: "revokedAt", before: nil, after: stamp)])
        _ = try await AuditStore.append(event, at: time, sql: sql)
    }

    public func list(userId: Int64?) async throws -> [APIToken] {
        let filter: SQLQueryString = userId.map { " WHERE t.user_id = \(bind: $0)" } ?? ""
        return try await database.read { sql in
            try await sql.raw(Self.selectToken + filter + " ORDER BY t.created_at DESC, t.id").all().map(Self.token)
        }
    }

    static func token(_ row: any SQLRow) throws -> APIToken {
        APIToken(
            id: try row.decode(column: "token_id", as: String.self),
            userId: try row.decode(column: "token_user_id", as: Int64.self),
            name: try row.decode(column: "token_name", as: String.self),
            createdAt: try AccountRows.date(
                row, "token_created_at", table: "api_tokens", name: "created_at", idColumn: "token_id"),
            revokedAt: try AccountRows.optionalDate(
                row, "token_revoked_at", table: "api_tokens", name: "revoked_at", idColumn: "token_id"),
            lastUsedAt: try AccountRows.optionalDate(
                row, "token_last_used_at", table: "api_tokens", name: "last_used_at", idColumn: "token_id"))
    }
}
