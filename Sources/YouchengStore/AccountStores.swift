import Foundation
import YouchengCore

/// The account stores over one database, built from one set of policies: what `serve` and the commands construct.
public struct AccountStores: Sendable {
    /// Member units.
    public let units: UnitStore
    /// Users, passwords and sign-in.
    public let users: UserStore
    /// Signed-in sessions.
    public let sessions: SessionStore
    /// API tokens.
    public let tokens: TokenStore
    /// The audit log.
    public let audit: AuditStore
    /// Calendar feed links.
    public let calendarFeeds: CalendarFeedStore

    /// Creates the stores. `hasher` hashes passwords (bcrypt cost 12 unless given), `tokenHasher` token secrets;
    /// `lockout` and `sessionPolicy` are the sign-in rules; `now` is the clock every store reads.
    public init(
        database: Database, reference: ReferenceData, hasher: any PasswordHasher = BcryptHasher(),
        tokenHasher: any PasswordHasher = TokenStore.defaultHasher, lockout: LockoutPolicy = LockoutPolicy(),
        sessionPolicy: SessionPolicy = SessionPolicy(), now: @escaping @Sendable () -> Date = { Date() }
    ) {
        units = UnitStore(database: database, reference: reference, now: now)
        users = UserStore(database: database, hasher: hasher, lockout: lockout, now: now)
        sessions = SessionStore(database: database, policy: sessionPolicy, now: now)
        tokens = TokenStore(database: database, hasher: tokenHasher, now: now)
        audit = AuditStore(database: database, now: now)
        calendarFeeds = CalendarFeedStore(database: database, hasher: tokenHasher, now: now)
    }
}
