import Foundation
import YouchengCore

/// The account stores over one database, built from one set of policies (``AccountPolicies``).
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

    /// Creates the stores; `policies` gives the hashers and the sign-in rules, `now` is the clock every store reads.
    /// ``Services`` makes them so.
    public init(
        database: Database, reference: ReferenceData, policies: AccountPolicies = AccountPolicies(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        units = UnitStore(database: database, reference: reference, now: now)
        users = UserStore(database: database, hasher: policies.hasher, lockout: policies.lockout, now: now)
        sessions = SessionStore(database: database, policy: policies.session, now: now)
        tokens = TokenStore(database: database, hasher: policies.tokenHasher, now: now)
        audit = AuditStore(database: database, now: now)
        calendarFeeds = CalendarFeedStore(database: database, hasher: policies.tokenHasher, now: now)
    }
}
