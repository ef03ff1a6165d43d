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
        let horizon = lockout.horizon(now: time)
        let (failures, stored) = try await database.withConnection { sql in
            let failures = try await Self.failures(of: name, since: horizon, sql: sql)
            let row = try await sql.raw(Self.selectAccountWithHash + " WHERE u.username = \(bind: name)").first()
            let stored = try row.map {
                (try AccountRows.account($0), try $0.decode(column: "password_hash", as: String.self))
            }
            return (failures, stored)
        }
        if let until = lockout.lockedUntil(failures: failures, now: time) {
            try await recordRefusal(name, account: stored?.0, reason: "locked", counted: false, time: time)
            return .refused(.locked(until: until))
        }
        let matches: Bool
        if let stored {
            matches = await hasher.verify(password, against: stored.1)
        } else {
            // The same work as for a real account, so the time taken does not tell either.
            _ = await hasher.hash(password)
            matches = false
        }
        if let account = stored?.0, matches, account.user.active {
            try await database.transaction { sql in
                try await sql.raw("DELETE FROM sign_in_failures WHERE username = \(bind: name)").run()
                try await Self.audit(
                    .signIn, user: account.user, changes: [], actor: account.actor, time: time, sql: sql)
            }
            return .signedIn(account)
        }
        let reason = stored == nil ? "unknownUser" : matches ? "inactive" : "wrongPassword"
        let recent = try await recordRefusal(name, account: stored?.0, reason: reason, counted: true, time: time)
        if let until = lockout.lockedUntil(failures: recent, now: time) { return .refused(.locked(until: until)) }
        return .refused(.badCredentials)
    }

    /// Audits a refused sign-in and, when `counted`, records it as a failure (forgetting failures too old to
    /// matter); returns the failures of `name` that count now.
    @discardableResult
    private func recordRefusal(_ name: String, account: Account?, reason: String, counted: Bool, time: Date)
        async throws -> [Date]
    {
        let horizon = lockout.horizon(now: time)
        return try await database.transaction { sql in
            if counted {
                try await sql.raw(
                    "INSERT INTO sign_in_failures (username, failed_at) VALUES (\(bind: name), \(bind: Timestamp.string(time)))"
                ).run()
                try await sql.raw("DELETE FROM sign_in_failures WHERE failed_at < \(bind: Timestamp.string(horizon))")
                    .run()
            }
            let event = AuditEvent(
                actor: AuditActor(username: name, unitId: account?.unit.id), action: .signInFailed, entityType: .user,
                entityId: account.map { String($0.user.id) },
                changes: [FieldChange(field: "reason", before: nil, after: reason)])
            _ = try await AuditStore.append(event, at: time, sql: sql)
            return try await Self.failures(of: name, since: horizon, sql: sql)
        }
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
