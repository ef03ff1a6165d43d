import Foundation
import Testing
import YouchengCore

@Suite struct LockoutPolicyTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    let policy = LockoutPolicy()

    func minutes(_ values: Double...) -> [Date] { values.map { start.addingTimeInterval($0 * 60) } }
    func at(_ minutes: Double) -> Date { start.addingTimeInterval(minutes * 60) }

    @Test func fourFailuresInAMinuteDoNotLock() {
        #expect(policy.lockedUntil(failures: minutes(0, 0.25, 0.5, 0.75), now: at(1)) == nil)
    }

    @Test func theFifthFailureWithinFifteenMinutesLocksForFifteenMinutesFromIt() {
        let failures = minutes(0, 1, 2, 3, 4)

        #expect(policy.lockedUntil(failures: failures, now: at(4)) == at(19))
        #expect(policy.lockedUntil(failures: failures, now: at(18.99)) == at(19))
    }

    @Test func theLockEndsExactlyFifteenMinutesAfterTheFifthFailure() {
        #expect(policy.lockedUntil(failures: minutes(0, 1, 2, 3, 4), now: at(19)) == nil)
    }

    @Test func fiveFailuresSpanningExactlyFifteenMinutesDoNotLock() {
        #expect(policy.lockedUntil(failures: minutes(0, 5, 10, 14, 15), now: at(15)) == nil)
        #expect(policy.lockedUntil(failures: minutes(0, 5, 10, 14, 14.99), now: at(15)) == at(29.99))
    }

    @Test func failuresMayComeInAnyOrder() {
        #expect(policy.lockedUntil(failures: minutes(4, 0, 3, 1, 2), now: at(5)) == at(19))
    }

    @Test func aLaterRunOfFailuresLocksAgainAfterAnEarlierLockEnded() {
        let failures = minutes(0, 1, 2, 3, 4, 30, 31, 32, 33, 34)

        #expect(policy.lockedUntil(failures: Array(failures.prefix(9)), now: at(33)) == nil)
        #expect(policy.lockedUntil(failures: failures, now: at(34)) == at(49))
    }

    @Test func limitsAreConfigurable() {
        let strict = LockoutPolicy(maxFailures: 3, window: 5 * 60, lockDuration: 60 * 60)

        #expect(strict.lockedUntil(failures: minutes(0, 2, 4), now: at(4)) == at(64))
        #expect(strict.lockedUntil(failures: minutes(0, 2, 5), now: at(5)) == nil)
    }

    @Test func failuresOlderThanWindowAndLockTogetherNoLongerMatter() {
        #expect(policy.horizon(now: at(30)) == at(0))
    }

    @Test func theLockMessageSaysTheMinutesLeftRoundedUp() {
        let refusal = SignInRefusal.locked(until: at(19))

        #expect(refusal.message(now: at(4.5)).zh == "失败次数过多，已暂时锁定，请 15 分钟后再试")
        #expect(
            refusal.message(now: at(18.9)).en == "too many failed attempts; sign-in is locked, try again in 1 minute")
        #expect(SignInRefusal.badCredentials.message.both == "用户名或密码错误 / wrong username or password")
    }
}

@Suite struct SessionPolicyTests {
    let signIn = Date(timeIntervalSince1970: 1_795_000_000)
    let policy = SessionPolicy()

    @Test func aSessionEndsAfterThirtyMinutesWithoutARequestAndNotBefore() {
        let lastSeen = signIn.addingTimeInterval(60 * 60)

        #expect(policy.isValid(createdAt: signIn, lastSeenAt: lastSeen, now: lastSeen.addingTimeInterval(30 * 60 - 1)))
        #expect(!policy.isValid(createdAt: signIn, lastSeenAt: lastSeen, now: lastSeen.addingTimeInterval(30 * 60)))
    }

    @Test func aSessionEndsTwelveHoursAfterSignInHoweverActive() {
        let end = signIn.addingTimeInterval(12 * 60 * 60)

        #expect(
            policy.isValid(createdAt: signIn, lastSeenAt: end.addingTimeInterval(-60), now: end.addingTimeInterval(-1)))
        #expect(!policy.isValid(createdAt: signIn, lastSeenAt: end.addingTimeInterval(-60), now: end))
    }

    @Test func expiryIsTheEarlierOfTheTwoLimits() {
        let lastSeen = signIn.addingTimeInterval(11 * 60 * 60 + 50 * 60)

        #expect(policy.expiry(createdAt: signIn, lastSeenAt: signIn) == signIn.addingTimeInterval(30 * 60))
        #expect(policy.expiry(createdAt: signIn, lastSeenAt: lastSeen) == signIn.addingTimeInterval(12 * 60 * 60))
    }

    @Test func limitsAreConfigurable() {
        let short = SessionPolicy(idleTimeout: 60, absoluteLifetime: 600)

        #expect(!short.isValid(createdAt: signIn, lastSeenAt: signIn, now: signIn.addingTimeInterval(60)))
        #expect(short.isValid(createdAt: signIn, lastSeenAt: signIn, now: signIn.addingTimeInterval(59)))
    }
}
