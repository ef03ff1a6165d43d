import Foundation
import SQLKit
import YouchengCore

/// Users kept in SQL with bcrypt password hashes; the hashes never leave this type. Each change and its audit entry
/// are one transaction.
public struct UserStore: UserRepository {
    let database: Database
    let hasher: any PasswordHasher
    let lockout: LockoutPolicy
    let now: @Sendable () -> Date

    /// Creates the store. `hasher` is bcrypt at cost 12 unless a test passes a cheaper one; `lockout` is the rule of
    /// failed sign-ins; `now` is injectable so tests fix the clock.
    public init(
        database: Database, hasher: any PasswordHasher = BcryptHasher(), lockout: LockoutPolicy = LockoutPolicy(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.hasher = hasher
        self.lockout = lockout
        self.now = now
    }

    static let selectUser: SQLQueryString = "SELECT " + AccountRows.userColumns + " FROM users u"

    public func user(username: String) async throws -> User? {
        let name = Username.normalized(username)
        return try await database.read { sql in try await Self.user(username: name, sql: sql) }
    }

    static func user(username: String, sql: any SQLDatabase) async throws -> User? {
        try await sql.raw(selectUser + " WHERE u.username = \(bind: username)").first().map(AccountRows.user)
    }

    public func user(id: Int64) async throws -> User? {
        try await database.read { sql in
            try await sql.raw(Self.selectUser + " WHERE u.id = \(bind: id)").first().map(AccountRows.user)
        }
    }

    public func list() async throws -> [User] {
        try await database.read { sql in
            try await sql.raw(Self.selectUser + " ORDER BY u.username").all().map(AccountRows.user)
        }
    }

    public func count() async throws -> Int {
        try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM users").first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    public func lockedUntil(username: String) async throws -> Date? {
        let name = Username.normalized(username)
        let time = now()
        let failures = try await database.withConnection { sql in
            try await Self.failures(of: name, since: lockout.horizon(now: time), sql: sql)
        }
        return lockout.lockedUntil(failures: failures, now: time)
    }

    /// Failed sign-ins of `username` since `horizon`.
    static func failures(of username: String, since horizon: Date, sql: any SQLDatabase) async throws -> [Date] {
        try await sql.raw(
            """
            SELECT failed_at FROM sign_in_failures
            WHERE username = \(bind: username) AND failed_at >= \(bind: Timestamp.string(horizon))
            """
        ).all().map { try AccountRows.date($0, "failed_at", table: "sign_in_failures") }
    }

    /// Appends the audit entry of a change to a user.
    static func audit(
        _ action: AuditAction, user: User, changes: [FieldChange], actor: AuditActor, time: Date, sql: any SQLDatabase
    ) async throws {
        let event = AuditEvent(
            actor: actor, action: action, entityType: .user, entityId: String(user.id), changes: changes)
        _ = try await AuditStore.append(event, at: time, sql: sql)
    }
}
