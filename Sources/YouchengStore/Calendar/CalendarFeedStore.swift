import Foundation
import SQLKit
import YouchengCore

/// Calendar feed links: one per user, `ycc_<user id>_<secret>`, the secret kept only as a hash. A link reads the
/// user's calendar and nothing else, so it can live in Outlook or a phone; making a new one ends the old one.
public struct CalendarFeedStore: Sendable {
    let database: Database
    let hasher: any PasswordHasher
    let now: @Sendable () -> Date

    /// The prefix of every feed token.
    public static let prefix = "ycc_"

    /// Creates the store; the hasher is the token hasher (SHA-256: the secret is 256 random bits).
    public init(
        database: Database, hasher: any PasswordHasher = TokenStore.defaultHasher,
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.hasher = hasher
        self.now = now
    }

    /// A new feed token for `user`, replacing any earlier one; shown once.
    public func create(for user: User, by actor: AuditActor) async throws -> String {
        let secret = RandomToken.hex(bytes: 32)
        let hash = await hasher.hash(secret)
        let time = now()
        try await database.writeTransaction(locking: ["calendar_feeds"]) { sql in
            try await sql.raw("DELETE FROM calendar_feeds WHERE user_id = \(bind: user.id)").run()
            try await sql.raw(
                """
                INSERT INTO calendar_feeds (user_id, secret_hash, created_at)
                VALUES (\(bind: user.id), \(bind: hash), \(bind: Timestamp.string(time)))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .tokenCreated, entityType: .token, entityId: "calendar:\(user.id)",
                    changes: [FieldChange(field: "user", before: nil, after: user.username), .secret("secret")]),
                at: time, sql: sql)
        }
        return "\(Self.prefix)\(user.id)_\(secret)"
    }

    /// Ends `user`'s feed link, if any; returns whether there was one.
    @discardableResult
    public func revoke(for user: User, by actor: AuditActor) async throws -> Bool {
        let time = now()
        return try await database.writeTransaction(locking: ["calendar_feeds"]) { sql in
            try await Self.revoke(userId: user.id, actor: actor, time: time, sql: sql)
        }
    }

    /// Ends the feed link of `userId`, if any, auditing it, in the caller's transaction; returns whether there was
    /// one. For `revoke`, a password change and a deactivation.
    @discardableResult
    static func revoke(userId: Int64, actor: AuditActor, time: Date, sql: any SQLDatabase) async throws -> Bool {
        let had = try await sql.raw("SELECT user_id FROM calendar_feeds WHERE user_id = \(bind: userId)").first() != nil
        guard had else { return false }
        try await sql.raw("DELETE FROM calendar_feeds WHERE user_id = \(bind: userId)").run()
        try await AuditStore.append(
            AuditEvent(actor: actor, action: .tokenRevoked, entityType: .token, entityId: "calendar:\(userId)"),
            at: time, sql: sql)
        return true
    }

    /// Whether `user` has a feed link.
    public func exists(for user: User) async throws -> Bool {
        try await database.read { sql in
            try await sql.raw("SELECT user_id FROM calendar_feeds WHERE user_id = \(bind: user.id)").first() != nil
        }
    }

    /// The active user a feed token belongs to, or nil for anything else (unknown, replaced, malformed, inactive).
    public func verify(_ token: String) async throws -> User? {
        guard token.hasPrefix(Self.prefix) else { return nil }
        let parts = token.dropFirst(Self.prefix.count).split(separator: "_", maxSplits: 1)
        guard parts.count == 2, let userId = Int64(parts[0]), RandomToken.isHex(parts[1]), parts[1].count == 64 else {
            return nil
        }
        let hash = try await database.read { sql in
            try await sql.raw("SELECT secret_hash FROM calendar_feeds WHERE user_id = \(bind: userId)").first(
                decodingColumn: "secret_hash", as: String.self)
        }
        guard let hash, await hasher.verify(String(parts[1]), against: hash) else { return nil }
        let user = try await database.read { sql in
            try await sql.raw(UserStore.selectUser + " WHERE u.id = \(bind: userId)").first().map(AccountRows.user)
        }
        return user?.active == true ? user : nil
    }
}
