import Dispatch
import HummingbirdBcrypt
import YouchengCore

/// Hashes passwords with bcrypt (hummingbird-auth's C implementation). The hashing runs on a Dispatch queue, not on
/// Swift's cooperative threads: at cost 12 it takes a quarter of a second and would stall other requests.
public struct BcryptHasher: PasswordHasher {
    /// log2 of bcrypt's rounds: 12 by default; tests use 4, the smallest.
    public let cost: UInt8

    /// Creates a hasher; `cost` is clamped to bcrypt's range 4…31.
    public init(cost: Int = 12) {
        self.cost = UInt8(min(max(cost, 4), 31))
    }

    public func hash(_ password: String) async -> String {
        let cost = cost
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: Bcrypt.hash(password, cost: cost)) }
        }
    }

    public func verify(_ password: String, against hash: String) async -> Bool {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: Bcrypt.verify(password, hash: hash)) }
        }
    }
}
