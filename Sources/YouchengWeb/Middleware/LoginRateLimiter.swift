import Foundation

/// Counts sign-in attempts per client address and refuses those beyond the limit in the last minute. Kept in this
/// server's memory: behind a load balancer each server counts for itself (the per-name lockout, in the database,
/// holds across servers).
actor LoginRateLimiter {
    /// Attempts one address may make within `window`.
    let limit: Int
    /// The span the limit applies to: a minute.
    let window: TimeInterval = 60
    private let now: @Sendable () -> Date
    /// The times of each address's attempts within the window, oldest first.
    private var attempts: [String: [Date]] = [:]
    /// When addresses with no recent attempt were last forgotten.
    private var lastSweep = Date.distantPast

    /// Creates a limiter of `limit` attempts a minute (at least one), on the clock `now`.
    init(limit: Int, now: @escaping @Sendable () -> Date) {
        self.limit = max(1, limit)
        self.now = now
    }

    /// Whether an attempt from `address` may go on now. An admitted attempt is counted, a refused one is not: a client
    /// that keeps trying gets in again as its admitted attempts fall out of the last minute.
    func admit(_ address: String) -> Bool {
        let time = now()
        let since = time.addingTimeInterval(-window)
        sweep(since: since, time: time)
        var recent = (attempts[address] ?? []).filter { $0 > since }
        guard recent.count < limit else {
            attempts[address] = recent
            return false
        }
        recent.append(time)
        attempts[address] = recent
        return true
    }

    /// Forgets addresses whose attempts are all older than the window, once a window, so the table holds only the
    /// addresses of the last minute or two.
    private func sweep(since: Date, time: Date) {
        guard time.timeIntervalSince(lastSweep) >= window else { return }
        attempts = attempts.filter { $0.value.last.map { $0 > since } ?? false }
        lastSweep = time
    }
}
