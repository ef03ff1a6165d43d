/// A calendar day (proleptic Gregorian), for exchanges, whose dates are always whole days. Days are counted by
/// their ordinal (days since 1970-01-01), so spans and "N years before" need no time zone.
public struct Day: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month.
    public let day: Int

    /// Creates a day; nil when the parts are not a real date between 1900 and 2100.
    public init?(year: Int, month: Int, day: Int) {
        guard PartialDate(year: year, month: month, day: day) != nil else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day a full `PartialDate` names; nil when the date lacks its month or day.
    public init?(_ date: PartialDate) {
        guard let month = date.month, let day = date.day else { return nil }
        self.init(year: date.year, month: month, day: day)
    }

    /// Reads the same spellings as `PartialDate(parsing:)`, requiring the day.
    public init?(parsing text: String) {
        guard let date = PartialDate(parsing: text) else { return nil }
        self.init(date)
    }

    /// `2026-11-23`. Written out digit by digit rather than with `String(format:)`: imports and lists write
    /// hundreds of thousands of these.
    public var description: String {
        func digits(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        // The year lies in 1900–2100 (`init` refuses others), so no sign to place.
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2)
    }

    /// As a `PartialDate` at day precision.
    public var partialDate: PartialDate? { PartialDate(year: year, month: month, day: day) }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Days since 1970-01-01 (negative before).
    public var ordinal: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `ordinal` days after 1970-01-01; nil outside 1900–2100.
    public init?(ordinal: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The number of days from `start` to `end` counting both (`end − start + 1`): 1 for a one-day trip.
    public static func span(_ start: Day, _ end: Day) -> Int { end.ordinal - start.ordinal + 1 }

    /// The same day `years` years later; 29 February becomes 28 February in a common year.
    public func yearsAfter(_ years: Int) -> Day? { yearsBefore(-years) }

    /// The last day of the twelve months starting on this day (the day before the same day a year later).
    public var lastOfTwelveMonths: Day? { yearsAfter(1).flatMap { Day(ordinal: $0.ordinal - 1) } }

    /// The same day `years` years earlier; 29 February becomes 28 February in a common year.
    public func yearsBefore(_ years: Int) -> Day? {
        let target = year - years
        return Day(year: target, month: month, day: min(day, PartialDate.daysIn(month: month, year: target)))
    }
}

extension PartialDate {
    /// The last day the date can mean: 31 December for a year, the month's last day for a month.
    public var latestDay: Day? {
        let m = month ?? 12
        return Day(year: year, month: m, day: day ?? PartialDate.daysIn(month: m, year: year))
    }
}
