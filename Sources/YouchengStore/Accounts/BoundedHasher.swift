import YouchengCore

/// A password hasher that runs at most as many hashes and checks at once as its `HashingLimit` allows; the others
/// wait their turn. bcrypt at cost 12 keeps a processor busy for a quarter of a second: without a bound, a burst of
/// sign-ins would queue hundreds of them at once and stall every other request. The bound is per server (per
/// process), not across servers.
public struct BoundedHasher: PasswordHasher {
    let base: any PasswordHasher
    let limit: HashingLimit

    /// Wraps `base`; hashers given the same `limit` share its slots.
    public init(_ base: any PasswordHasher, limit: HashingLimit) {
        self.base = base
        self.limit = limit
    }

    public func hash(_ password: String) async -> String {
        await limit.acquire()
        let hash = await base.hash(password)
        await limit.release()
        return hash
    }

    public func verify(_ password: String, against hash: String) async -> Bool {
        await limit.acquire()
        let matches = await base.verify(password, against: hash)
        await limit.release()
        return matches
    }
}

/// How many password hashes may run at once in this process: slots taken and given back in order of asking.
public actor HashingLimit {
    /// The number of slots.
    public nonisolated let maxConcurrent: Int
    private var busy = 0
    private var waiting: [CheckedContinuation<Void, Never>] = []

    /// Creates the limit with `maxConcurrent` slots (at least one).
    public init(maxConcurrent: Int) {
        self.maxConcurrent = max(1, maxConcurrent)
    }

    /// Takes a slot, waiting for one to be free.
    func acquire() async {
        if busy < maxConcurrent {
            busy += 1
            return
        }
        // The slot is handed over by `release`, which leaves `busy` as it is.
        await withCheckedContinuation { waiting.append($0) }
    }

    /// Gives a slot back, to the longest waiter if there is one.
    func release() {
        if waiting.isEmpty {
            busy -= 1
        } else {
            waiting.removeFirst().resume()
        }
    }
}
