/// A round anniversary of a partnership (the 5th, 10th, 15th …) falling in a period.
public struct Anniversary: Sendable, Hashable {
    /// The partnership.
    public var record: PartnershipRecord
    /// How many years it turns.
    public var years: Int
    /// The anniversary at the precision the established date is known: a day, a month, or only a year.
    public var date: PartialDate

    /// Creates an anniversary.
    public init(record: PartnershipRecord, years: Int, date: PartialDate) {
        self.record = record
        self.years = years
        self.date = date
    }
}

/// Which partnerships have a round anniversary in a period.
///
/// - Every `step` years (5 by default): the 5th, 10th, 15th …; the year of establishment itself is not one.
/// - A full established date gives the same day in the anniversary year; 29 February becomes 28 February in a
///   common year. It counts when that day lies in the period (both ends included).
/// - A date known only to the month counts when that month of the anniversary year overlaps the period; one known
///   only to the year counts when that year overlaps it ("its day unknown").
/// - Undated and ended partnerships have none.
public struct AnniversaryRule: Sendable, Hashable {
    /// Years between anniversaries.
    public var step: Int

    /// Creates the rule.
    public init(step: Int = 5) { self.step = max(1, step) }

    /// The anniversaries of `records` from `from` to `to`, earliest first (a year-only one before the months and days
    /// of its year), then by home and partner.
    public func anniversaries(_ records: [PartnershipRecord], from: Day, to: Day) -> [Anniversary] {
        guard from <= to else { return [] }
        var found: [Anniversary] = []
        for record in records where record.partnership.status != .ended {
            guard let established = record.partnership.established else { continue }
            let first = max(from.year, established.year + step)
            guard first <= to.year else { continue }
            for year in first...to.year where (year - established.year) % step == 0 {
                guard let date = Self.date(established, in: year), Self.overlaps(date, from: from, to: to) else {
                    continue
                }
                found.append(Anniversary(record: record, years: year - established.year, date: date))
            }
        }
        return found.sorted {
            ($0.date, $0.record.home.code, $0.record.partner.name, $0.record.partnership.id)
                < ($1.date, $1.record.home.code, $1.record.partner.name, $1.record.partnership.id)
        }
    }

    /// `established` moved to `year` at the same precision (29 February → 28 February in a common year).
    static func date(_ established: PartialDate, in year: Int) -> PartialDate? {
        guard let month = established.month else { return PartialDate(year: year) }
        guard let day = established.day else { return PartialDate(year: year, month: month) }
        return PartialDate(year: year, month: month, day: min(day, PartialDate.daysIn(month: month, year: year)))
    }

    /// Whether the days `date` may mean overlap `from`…`to`.
    static func overlaps(_ date: PartialDate, from: Day, to: Day) -> Bool {
        let first = date.earliest
        guard let start = Day(year: first.year, month: first.month, day: first.day), let end = date.latestDay else {
            return false
        }
        return start <= to && end >= from
    }
}
