#if canImport(Glibc)
    import Glibc
#endif

/// When a long-running process should give freed memory back: once a spell of work is over. Each thread that served
/// requests keeps what its requests freed in its own heap; after a benchmark's load that was about 11 MB more than
/// the server used, held until the next load, because nothing else asks glibc to return it.
public struct QuietAfterWork: Sendable {
    /// Processor time per tick at or under which the process counts as quiet.
    let quiet: Duration
    /// Processor time since the last release for another to be worth it.
    let work: Duration
    private var last: Duration = .zero
    private var sinceRelease: Duration = .zero

    /// Quiet at most `quiet` of processor time per tick, after at least `work` since the last release; the work of
    /// starting counts, so the first quiet tick after start releases what starting freed.
    public init(quiet: Duration = .milliseconds(10), work: Duration = .milliseconds(50)) {
        self.quiet = quiet
        self.work = work
    }

    /// Whether to release now, given the processor time the process has used in all (read once per tick).
    public mutating func shouldRelease(processorTime: Duration) -> Bool {
        let used = processorTime - last
        last = processorTime
        sinceRelease += used
        guard used <= quiet, sinceRelease >= work else { return false }
        sinceRelease = .zero
        return true
    }
}

extension FreedMemory {
    /// Gives freed memory back after each spell of work, looking once per `tick` until cancelled; `first` frees
    /// what it can before (`Database.releaseCaches`).
    public static func releaseWhenQuiet(
        tick: Duration = .seconds(1), rule: QuietAfterWork = QuietAfterWork(),
        first: @Sendable () async -> Void = {}
    ) async {
        var rule = rule
        while !Task.isCancelled {
            try? await Task.sleep(for: tick)
            if rule.shouldRelease(processorTime: processorTime()) {
                await first()
                release()
            }
        }
    }

    /// The processor time this process has used, all threads together.
    static func processorTime() -> Duration {
        #if canImport(Glibc)
            var now = timespec()
            guard clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now) == 0 else { return .zero }
            return .seconds(now.tv_sec) + .nanoseconds(now.tv_nsec)
        #else
            return .zero
        #endif
    }
}
