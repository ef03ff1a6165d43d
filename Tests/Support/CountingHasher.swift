import Foundation
import YouchengCore
import YouchengStore

/// bcrypt at its cheapest cost, counting the passwords it checks and hashes, for tests that bound them.
// @unchecked: the counters are read and written only while holding `lock`.
public final class CountingHasher: PasswordHasher, @unchecked Sendable {
    private let lock = NSLock()
    private let base = BcryptHasher(cost: 4)
    private var verifications = 0
    private var hashes = 0

    /// A hasher that has counted nothing yet.
    public init() {}

    /// How many passwords were checked against a hash, and how many were hashed: the work an attempt costs.
    public var evaluations: Int { lock.withLock { verifications + hashes } }

    public func hash(_ password: String) async -> String {
        lock.withLock { hashes += 1 }
        return await base.hash(password)
    }

    public func verify(_ password: String, against hash: String) async -> Bool {
        lock.withLock { verifications += 1 }
        return await base.verify(password, against: hash)
    }

    /// Starts counting again from zero (after a test's setup has hashed its users' passwords).
    public func reset() {
        lock.withLock {
            verifications = 0
            hashes = 0
        }
    }
}
