import Foundation
import SQLKit
import YouchengCore

extension UserStore {
    /// Whether an attempt for `name` may check its password.
    enum Admission: Sendable {
        /// The name is locked; the attempt is refused unchecked.
        case locked(until: Date)
        /// The attempt is recorded as a failure and may check its password against the account (nil: no such user).
        case admitted((account: Account, hash: String)?)
    }

    /// Decides, under the write lock of `sign_in_failures`, whether an attempt may check its password; an admitted
    /// attempt is recorded as a failure before its password is checked (a success clears it afterwards). Parallel
    /// attempts for one name, on any server sharing the database, thus take turns here, and each sees the ones
    /// before it: no more than `maxFailures` passwords are ever checked before the lock. Only the first refusal of
    /// a lock is audited: the audit log only grows, and a flood of refusals must not fill the disk.
    func admit(_ name: String, time: Date) async throws -> Admission {
        let horizon = lockout.horizon(now: time)
        return try await database.writeTransaction(locking: ["sign_in_failures"]) { sql in
            try await sql.raw("DELETE FROM sign_in_failures WHERE failed_at < \(bind: Timestamp.string(horizon))")
                .run()
            let failures = try await Self.failures(of: name, since: horizon, sql: sql)
            let row = try await sql.raw(Self.selectAccountWithHash + " WHERE u.username = \(bind: name)").first()
            let stored = try row.map {
                (account: try AccountRows.account($0), hash: try $0.decode(column: "password_hash", as: String.self))
            }
            if let until = lockout.lockedUntil(failures: failures, now: time) {
                let start = until.addingTimeInterval(-lockout.lockDuration)
                if try await !Self.refusedWhileLocked(name, since: start, sql: sql) {
                    try await Self.auditRefusal(name, account: stored?.account, reason: "locked", time: time, sql: sql)
                }
                return .locked(until: until)
            }
            try await sql.raw(
                "INSERT INTO sign_in_failures (username, failed_at) VALUES (\(bind: name), \(bind: Timestamp.string(time)))"
            ).run()
            return .admitted(stored)
        }
    }

    /// Whether an attempt for `name` was already refused (and audited) as locked since `start`.
    private static func refusedWhileLocked(_ name: String, since start: Date, sql: any SQLDatabase) async throws
        -> Bool
    {
        try await sql.raw(
            """
            SELECT id FROM audit_log WHERE actor = \(bind: name) AND action = \(bind: AuditAction.signInFailed.rawValue)
              AND at >= \(bind: Timestamp.string(start)) AND changes = \(bind: try AuditStore.encoded(refusalChanges("locked")))
            LIMIT 1
            """
        ).first() != nil
    }

    /// Audits a refused sign-in of `name` (the account, when the name is one) with its `reason`.
    static func auditRefusal(
        _ name: String, account: Account?, reason: String, time: Date, sql: any SQLDatabase
    ) async throws {
        let event = AuditEvent(
            actor: AuditActor(username: name, unitId: account?.unit.id), action: .signInFailed, entityType: .user,
            entityId: account.map { String($0.user.id) },
            changes: refusalChanges(reason))
        _ = try await AuditStore.append(event, at: time, sql: sql)
    }

    /// The changes of the audit entry of a refused sign-in: its reason.
    private static func refusalChanges(_ reason: String) -> [FieldChange] {
        [FieldChange(field: "reason", before: nil, after: reason)]
    }
}
