import Foundation

/// Where member units are kept. Every change writes its audit entry in the same transaction.
public protocol UnitRepository: Sendable {
    /// Creates a unit (`AccountError.duplicateUnitName` when its Chinese name is taken).
    func create(_ draft: UnitDraft, by actor: AuditActor) async throws -> MemberUnit
    /// Changes a unit whose version is `expectedVersion` (`AccountError.staleVersion` otherwise).
    func update(id: Int64, _ draft: UnitDraft, expectedVersion: Int, by actor: AuditActor) async throws -> MemberUnit
    /// Marks a unit inactive (checking `expectedVersion` when given); its users and history stay.
    func deactivate(id: Int64, expectedVersion: Int?, by actor: AuditActor) async throws -> MemberUnit
    /// One unit.
    func unit(id: Int64) async throws -> MemberUnit?
    /// Every unit (active ones only unless `includeInactive`), by Chinese name.
    func list(includeInactive: Bool) async throws -> [MemberUnit]
    /// The unit written as `text`: its id, its Chinese name or its English name (without regard to case).
    func find(_ text: String) async throws -> MemberUnit
}

/// Where users are kept, with their password hashes and sign-in failures. Every change writes its audit entry in
/// the same transaction; sign-ins, successful or not, are audited too.
public protocol UserRepository: Sendable {
    /// Creates a user with a hashed password (rules: `Username`, `PasswordRules`).
    func create(username: String, password: String, unitId: Int64, role: Role, by actor: AuditActor) async throws
        -> User
    /// The user with that username (any case).
    func user(username: String) async throws -> User?
    /// The user with that id.
    func user(id: Int64) async throws -> User?
    /// Every user, by username.
    func list() async throws -> [User]
    /// How many users there are (none: the first administrator is still to be created).
    func count() async throws -> Int
    /// Sets a new password (checked against `PasswordRules`) and ends the user's sessions, API tokens and calendar
    /// feed link.
    func changePassword(username: String, to password: String, by actor: AuditActor) async throws
    /// Changes a user's role (checking `expectedVersion` when given); the last active admin cannot lose it.
    func changeRole(username: String, to role: Role, expectedVersion: Int?, by actor: AuditActor) async throws -> User
    /// Moves a user to another unit (checking `expectedVersion` when given); the unit must exist and be active.
    func changeUnit(username: String, to unitId: Int64, expectedVersion: Int?, by actor: AuditActor) async throws
        -> User
    /// Activates or deactivates a user; a deactivated user's sessions, API tokens and calendar feed link end; the
    /// last active admin stays.
    /// Changes role, unit and active flag together, in one transaction with one audit entry (`roleChanged` when
    /// the role changes, `deactivate` when only deactivated, else `update`).
    func update(
        username: String, role: Role, unitId: Int64, active: Bool, expectedVersion: Int?, by actor: AuditActor
    ) async throws -> User
    func setActive(username: String, _ active: Bool, by actor: AuditActor) async throws -> User
    /// Checks a username and password, applying the lockout rule, recording the failure or clearing past ones,
    /// and auditing the attempt.
    func authenticate(username: String, password: String) async throws -> SignInResult
    /// Until when sign-in for `username` is locked, if it is.
    func lockedUntil(username: String) async throws -> Date?
    /// Lifts a lock and forgets past failures; returns when the lock would have ended (nil if it was not locked).
    @discardableResult
    func unlock(username: String, by actor: AuditActor) async throws -> Date?
}

/// Where signed-in sessions are kept, so several servers share them.
public protocol SessionRepository: Sendable {
    /// Starts a session for a user who just signed in, removing every session that has ended.
    func create(userId: Int64) async throws -> Session
    /// The session with that id and its account, if it is still valid (idle and absolute limits) and the user is
    /// active; an ended session is removed.
    func find(id: String) async throws -> SessionGrant?
    /// Records a request to `session` (as `find` returned it), restarting the idle timeout; a session seen less
    /// than `SessionPolicy.touchInterval` ago is left as it is, so a busy user costs one write a minute, not one a
    /// request.
    func touch(_ session: Session) async throws
    /// Ends a session (sign-out), auditing it for its user.
    func delete(id: String) async throws
}

/// Where personal access tokens for the API are kept (only hashes of their secrets).
public protocol TokenRepository: Sendable {
    /// Creates a token for `username`; the plaintext is in the result and nowhere else.
    func create(username: String, name: String, by actor: AuditActor) async throws -> IssuedToken
    /// The token and account for `ycp_<id>_<secret>`, if it is known, not revoked, its secret matches and its user
    /// is active; records its use.
    func verify(_ plaintext: String) async throws -> TokenGrant?
    /// Revokes a token.
    @discardableResult
    func revoke(id: String, by actor: AuditActor) async throws -> APIToken
    /// Tokens of one user (or of everyone), newest first.
    func list(userId: Int64?) async throws -> [APIToken]
}

/// The append-only audit log: entries are added and read, never changed or removed.
public protocol AuditRepository: Sendable {
    /// Appends an entry, stamped with the store's clock.
    @discardableResult
    func append(_ event: AuditEvent) async throws -> AuditEntry
    /// Entries matching `query`, newest first.
    func entries(_ query: AuditQuery) async throws -> AuditPage
}
