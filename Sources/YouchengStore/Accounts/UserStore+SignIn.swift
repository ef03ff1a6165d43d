import Foundation
import SQLKit
import YouchengCore

extension UserStore {
    /// The account query with the password hash: for the one place that checks passwords.
    static let selectAccountWithHash: SQLQueryString =
        "SELECT " + AccountRows.userColumns + ", " + AccountRows.unitColumns
        + ", u.password_hash FROM users u JOIN units n ON n.id = u.unit_id"

    public func authenticate(username: String, password: String) async throws -> SignInResult {
        // Failures are kept per name typed, existing or not, so a lock says nothing about whether an account exists.
        let name = String(Username.normalized(username).prefix(64))
        guard !name.isEmpty else { return .refused(.badCredentials) }
        let time = now()
        let stored: (account: Account, hash: String)?
        switch try await admit(name, time: time) {
        case .locked(let until): return .refused(.locked(until: until))
        case .admitted(let found): stored = found
        }
        let matches: Bool
        if let stored {
            matches = await hasher.verify(password, against: stored.hash)
        } else {
            // The same work as for a real account, so the time taken does not tell either.
            _ = await hasher.hash(password)
            matches = false
        }
        if let account = stored?.account, matches, account.user.active {
            try await database.transaction { sql in
                try await sql.raw("DELETE FROM sign_in_failures WHERE username = \(bind: name)").run()
                try await Self.audit(
                    .signIn, user: account.user, changes: [], actor: account.actor, time: time, sql: sql)
            }
            return .signedIn(account)
        }
        let reason = stored == nil ? "unknownUser" : matches ? "inactive" : "wrongPassword"
        let recent = try await database.transaction { sql in
            try await Self.auditRefusal(name, account: stored?.account, reason: reason, time: time, sql: sql)
            return try await Self.failures(of: name, since: lockout.horizon(now: time), sql: sql)
        }
        if let until = lockout.lockedUntil(failures: recent, now: time) { return .refused(.locked(until: until)) }
        return .refused(.badCredentials)
    }

    @discardableResult
    public func unlock(username: String, by actor: AuditActor) async throws -> Date? {
        let name = Username.normalized(username)
        let time = now()
        let horizon = lockout.horizon(now: time)
        return try await database.transaction { sql in
            guard let user = try await Self.user(username: name, sql: sql) else {
                throw AccountError.userNotFound(name)
            }
            let until = lockout.lockedUntil(
                failures: try await Self.failures(of: name, since: horizon, sql: sql), now: time)
            try await sql.raw("DELETE FROM sign_in_failures WHERE username = \(bind: name)").run()
            let changes =
                until.map { [FieldChange(field: "lockedUntil", before: Timestamp.string($0), after: nil)] } ?? []
            try await Self.audit(.unlocked, user: user, changes: changes, actor: actor, time: time, sql: sql)
            return until
        }
    }
}
