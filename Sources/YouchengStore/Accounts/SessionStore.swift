import Foundation
import SQLKit
import YouchengCore

/// Signed-in sessions kept in SQL, so several servers behind a load balancer share them. The session id is 256
/// random bits, as unguessable as a password hash is unreversible, so it is stored as it is and looked up directly.
public struct SessionStore: SessionRepository {
    let database: Database
    let policy: SessionPolicy
    let now: @Sendable () -> Date
    let randomHex: @Sendable (Int) -> String

    /// Creates the store; `policy` sets the idle and absolute limits; `now` and `randomHex` (bytes → hex) are
    /// injectable so tests fix the clock and the ids.
    public init(
        database: Database, policy: SessionPolicy = SessionPolicy(), now: @escaping @Sendable () -> Date = { Date() },
        randomHex: @escaping @Sendable (Int) -> String = RandomToken.hex(bytes:)
    ) {
        self.database = database
        self.policy = policy
        self.now = now
        self.randomHex = randomHex
    }

    public func create(userId: Int64) async throws -> Session {
        let time = Timestamp.truncated(now())
        let stamp = Timestamp.string(time)
        let session = Session(
            id: randomHex(32), userId: userId, createdAt: time, lastSeenAt: time, csrfToken: randomHex(32))
        try await database.transaction { sql in
            // Ended sessions are refused by `find`, and removed here, so the table holds only the living ones plus
            // those ended since the last sign-in.
            try await sql.raw("DELETE FROM sessions WHERE " + ended(at: time)).run()
            try await sql.raw(
                """
                INSERT INTO sessions (id, user_id, created_at, last_seen_at, csrf_token)
                VALUES (\(bind: session.id), \(bind: userId), \(bind: stamp), \(bind: stamp), \(bind: session.csrfToken))
                """
            ).run()
        }
        return session
    }

    /// Reads the registry's change counter in the same statement, for the rest of the request (`RequestReads`).
    public func find(id: String) async throws -> SessionGrant? {
        guard RandomToken.isHex(id) else { return nil }
        let time = now()
        // Read on a reader; only an ended session found is deleted, on the writer.
        guard let row = try await database.first(Lookup.self, [id]) else { return nil }
        try RequestReads.remember(registryCounterIn: row)
        let account = try AccountRows.account(row)
        let session = Session(
            id: id, userId: account.user.id,
            createdAt: try AccountRows.date(row, "created_at", table: "sessions", idColumn: nil),
            lastSeenAt: try AccountRows.date(row, "last_seen_at", table: "sessions", idColumn: nil),
            csrfToken: try row.decode(column: "csrf_token", as: String.self))
        if account.user.active,
            policy.isValid(createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, now: time)
        {
            return SessionGrant(session: session, account: account)
        }
        try await database.withConnection { sql in
            try await sql.raw("DELETE FROM sessions WHERE id = \(bind: id)").run()
        }
        return nil
    }

    /// A session with its account, and the registry counter (`RequestReads`), by id: read on every signed-in
    /// request, so PostgreSQL keeps it planned.
    private enum Lookup: PreparedRead {
        static let name = "youcheng_session"
        static let sql =
            "SELECT s.id AS session_id, s.created_at, s.last_seen_at, s.csrf_token, " + AccountRows.userColumnList
            + ", " + AccountRows.unitColumnList + ", " + RequestReads.registryCounterColumn
            + " FROM sessions s JOIN users u ON u.id = s.user_id JOIN units n ON n.id = u.unit_id WHERE s.id = $1"
    }

    public func touch(_ session: Session) async throws {
        let time = now()
        guard policy.needsTouch(lastSeenAt: session.lastSeenAt, now: time) else { return }
        let id = session.id
        // Only a session still valid is touched: a late touch must not bring an ended one back.
        try await database.withConnection { sql in
            try await sql.raw(
                "UPDATE sessions SET last_seen_at = \(bind: Timestamp.string(time)) WHERE id = \(bind: id) AND NOT "
                    + ended(at: time)
            ).run()
        }
    }

    public func delete(id: String) async throws {
        let time = now()
        try await database.transaction { sql in
            let row = try await sql.raw(
                AccountRows.selectAccount + " JOIN sessions s ON s.user_id = u.id WHERE s.id = \(bind: id)"
            ).first()
            guard let account = try row.map(AccountRows.account) else { return }
            try await sql.raw("DELETE FROM sessions WHERE id = \(bind: id)").run()
            let event = AuditEvent(
                actor: account.actor, action: .signOut, entityType: .user, entityId: String(account.user.id))
            _ = try await AuditStore.append(event, at: time, sql: sql)
        }
    }

    /// Removes every session that has ended; returns how many. `create` does it at each sign-in; this is for a
    /// clean-up at other times.
    @discardableResult
    public func removeExpired() async throws -> Int {
        let condition = ended(at: now())
        return try await database.transaction { sql in
            let count =
                try await sql.raw("SELECT COUNT(*) AS n FROM sessions WHERE " + condition).first(
                    decodingColumn: "n", as: Int.self) ?? 0
            try await sql.raw("DELETE FROM sessions WHERE " + condition).run()
            return count
        }
    }

    /// The condition of a session that has ended at `time` (idle too long or too old), as `find` judges it.
    private func ended(at time: Date) -> SQLQueryString {
        let idle = Timestamp.string(time.addingTimeInterval(-policy.idleTimeout))
        let born = Timestamp.string(time.addingTimeInterval(-policy.absoluteLifetime))
        return "(last_seen_at <= \(bind: idle) OR created_at <= \(bind: born))"
    }
}
