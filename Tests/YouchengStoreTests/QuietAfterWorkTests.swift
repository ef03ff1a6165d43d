import Testing
import YouchengStore

/// Freed memory goes back once per spell of work, on the first quiet tick after it; the processor times below are
/// the totals a process would report once a tick.
@Suite struct QuietAfterWorkTests {
    static func decisions(_ totals: [Int]) -> [Bool] {
        var rule = QuietAfterWork(quiet: .milliseconds(10), work: .milliseconds(50))
        return totals.map { rule.shouldRelease(processorTime: .milliseconds($0)) }
    }

    @Test func startingCountsAsWorkSoTheFirstQuietTickAfterItReleases() {
        // 150 ms to start, then idle ticks of 1 ms: release once, on the first quiet tick.
        #expect(Self.decisions([150, 151, 152, 153]) == [false, true, false, false])
    }

    @Test func busyTicksWaitForTheLoadToEndAndThenReleaseOnce() {
        // Quiet (no work yet), busy, busy, quiet: release then; quiet ticks after it do not release again.
        #expect(Self.decisions([2, 400, 900, 905, 906, 907]) == [false, false, false, true, false, false])
    }

    @Test func littleWorkBetweenQuietTicksIsNotWorthARelease() {
        // Work of 30 ms in all, spread over quiet ticks of up to 10 ms each: under 50 ms, nothing to give back yet.
        #expect(Self.decisions([10, 20, 30]) == [false, false, false])
        // Reaching 50 ms on a quiet tick releases.
        #expect(Self.decisions([10, 20, 30, 40, 50]) == [false, false, false, false, true])
    }
}
