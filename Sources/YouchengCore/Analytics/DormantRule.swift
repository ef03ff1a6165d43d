/// Dormant partnerships, derived and never stored: active partnerships established at least `years` years before
/// the as-of date with no exchange involving the partner in the last `years` years.
///
/// - The cut-off is the as-of date `years` years earlier (29 February → 28 February). An exchange counts by its
///   start date; one on the cut-off day or later (up to the as-of date) keeps the partnership awake.
/// - A partnership established on the cut-off day is old enough. A date known only to the month or year counts as
///   its last day, so a partnership is never called dormant before it can have been `years` years old; one with no
///   established date is left out.
/// - Only active partnerships: a suspended or ended one is quiet on purpose.
public struct DormantRule: Sendable, Hashable {
    /// The silence, in years, that makes a partnership dormant (default 3).
    public var years: Int

    /// The silences a user may choose, the same for the pages, the command line and the `dormant.years` setting.
    public static let yearsRange = 1...100

    /// Creates the rule.
    public init(years: Int = 3) { self.years = max(1, years) }

    /// One dormant partnership with its partner's last exchange (nil: never any).
    public struct Finding: Sendable, Hashable {
        /// The partnership.
        public var record: PartnershipRecord
        /// The start of the partner's last exchange on or before the as-of date.
        public var lastExchange: Day?

        /// Creates a finding.
        public init(record: PartnershipRecord, lastExchange: Day?) {
            self.record = record
            self.lastExchange = lastExchange
        }
    }

    /// The day before which exchanges no longer count, for `asOf`.
    public func cutoff(asOf: Day) -> Day? { asOf.yearsBefore(years) }

    /// The dormant partnerships among `records`, longest silence first: never any exchange first, then the oldest
    /// last exchange, then the earliest established, then by id. `lastExchange` gives each partner's latest exchange
    /// start on or before `asOf` (by partner id).
    public func dormant(_ records: [PartnershipRecord], lastExchange: [Int64: Day], asOf: Day) -> [Finding] {
        guard let cutoff = cutoff(asOf: asOf) else { return [] }
        let findings = records.compactMap { record -> Finding? in
            guard record.partnership.status == .active,
                let established = record.partnership.established?.latestDay, established <= cutoff
            else { return nil }
            let last = lastExchange[record.partner.id].flatMap { $0 <= asOf ? $0 : nil }
            if let last, last >= cutoff { return nil }
            return Finding(record: record, lastExchange: last)
        }
        return findings.sorted { a, b in
            switch (a.lastExchange, b.lastExchange) {
            case (nil, .some): return true
            case (.some, nil): return false
            case (.some(let x), .some(let y)) where x != y: return x < y
            default:
                let ea = a.record.partnership.established
                let eb = b.record.partnership.established
                if ea != eb, let ea, let eb { return ea < eb }
                return a.record.partnership.id < b.record.partnership.id
            }
        }
    }
}
