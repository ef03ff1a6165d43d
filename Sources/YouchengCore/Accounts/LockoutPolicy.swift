import Foundation

/// When repeated failed sign-ins lock a username: by default 5 failures within 15 minutes lock it for 15 minutes.
///
/// Times are half-open: a failure counts for `window` after it happened and no longer at exactly `window`; a lock
/// lasts from the failure that set it until exactly `lockDuration` later, when sign-in is open again. Attempts while
/// locked are refused without being counted. The rule applies to any username typed, existing or not, so the
/// answer never tells whether an account exists.
public struct LockoutPolicy: Sendable, Hashable {
    /// How many failures within `window` lock the username.
    public var maxFailures: Int
    /// The span in which `maxFailures` failures must fall.
    public var window: TimeInterval
    /// How long the lock lasts, from the failure that set it.
    public var lockDuration: TimeInterval

    /// Creates a policy; the defaults are 5 failures, 15 minutes, 15 minutes.
    public init(maxFailures: Int = 5, window: TimeInterval = 15 * 60, lockDuration: TimeInterval = 15 * 60) {
        self.maxFailures = max(1, maxFailures)
        self.window = window
        self.lockDuration = lockDuration
    }

    /// Until when sign-in is locked at `now`, given the failure times since the last success or unlock (in any
    /// order); nil when it is open.
    public func lockedUntil(failures: [Date], now: Date) -> Date? {
        let times = failures.sorted()
        var until: Date?
        for last in times.indices where last >= maxFailures - 1 {
            let first = times[last - (maxFailures - 1)]
            if times[last].timeIntervalSince(first) < window {
                until = times[last].addingTimeInterval(lockDuration)
            }
        }
        guard let until, now < until else { return nil }
        return until
    }

    /// The oldest failure time that can still matter at `now`; older ones may be forgotten.
    public func horizon(now: Date) -> Date {
        now.addingTimeInterval(-(window + lockDuration))
    }
}

/// How long a signed-in session lasts: it ends after `idleTimeout` without a request (default 30 minutes) and in
/// any case `absoluteLifetime` after sign-in (default 12 hours). Both limits are exclusive: a session last seen
/// exactly 30 minutes ago has ended.
public struct SessionPolicy: Sendable, Hashable {
    /// The longest pause between two requests.
    public var idleTimeout: TimeInterval
    /// The longest a session lasts, however active.
    public var absoluteLifetime: TimeInterval

    /// Creates a policy; the defaults are 30 minutes and 12 hours.
    public init(idleTimeout: TimeInterval = 30 * 60, absoluteLifetime: TimeInterval = 12 * 60 * 60) {
        self.idleTimeout = idleTimeout
        self.absoluteLifetime = absoluteLifetime
    }

    /// How long a session's recorded last request may lag behind: a request within this time of the recorded one is
    /// not written (one minute). A session may therefore end up to this much before `idleTimeout` after its last
    /// request.
    public static let touchInterval: TimeInterval = 60

    /// Whether a request at `now` to a session recorded as last seen at `lastSeenAt` should be written.
    public func needsTouch(lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) >= Self.touchInterval
    }

    /// Whether a session created at `createdAt` and last seen at `lastSeenAt` is still valid at `now`.
    public func isValid(createdAt: Date, lastSeenAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(lastSeenAt) < idleTimeout && now.timeIntervalSince(createdAt) < absoluteLifetime
    }

    /// When the session ends if no further request comes.
    public func expiry(createdAt: Date, lastSeenAt: Date) -> Date {
        min(lastSeenAt.addingTimeInterval(idleTimeout), createdAt.addingTimeInterval(absoluteLifetime))
    }
}
