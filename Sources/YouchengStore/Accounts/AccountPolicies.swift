import Foundation
import YouchengCore

/// How accounts sign in on a deployment: the hashers of passwords and token secrets and the lockout and session
/// rules. `serve` bounds the hashers and reads the rules from its options; tests give cheap hashers.
public struct AccountPolicies: Sendable {
    /// Hashes passwords (bcrypt at cost 12 unless given).
    public var hasher: any PasswordHasher
    /// Hashes API token and calendar feed secrets.
    public var tokenHasher: any PasswordHasher
    /// When failed sign-ins lock a name.
    public var lockout: LockoutPolicy
    /// How long a session lasts, idle and in all.
    public var session: SessionPolicy

    /// Creates the policies; every value has the production default.
    public init(
        hasher: any PasswordHasher = BcryptHasher(), tokenHasher: any PasswordHasher = TokenStore.defaultHasher,
        lockout: LockoutPolicy = LockoutPolicy(), session: SessionPolicy = SessionPolicy()
    ) {
        self.hasher = hasher
        self.tokenHasher = tokenHasher
        self.lockout = lockout
        self.session = session
    }
}
