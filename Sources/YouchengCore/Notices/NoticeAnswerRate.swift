import Foundation

/// How promptly a unit answered the notices addressed to it whose deadline fell in a year.
public struct NoticeAnswerRate: Sendable, Hashable {
    /// The unit.
    public var unitId: Int64
    /// Notices addressed to it with a deadline in the year.
    public var addressed: Int
    /// Of them, those it first answered on or before the deadline day.
    public var onTime: Int

    /// Creates a rate.
    public init(unitId: Int64, addressed: Int, onTime: Int) {
        self.unitId = unitId
        self.addressed = addressed
        self.onTime = onTime
    }

    /// `onTime ÷ addressed` as a whole percentage, rounded half up (`addressed` is never 0 in `rates`).
    public var percent: Int { addressed == 0 ? 0 : (onTime * 200 + addressed) / (addressed * 2) }

    /// Each unit's on-time answer rate for `year`: among the notices addressed to it whose deadline lies in `year`,
    /// the share it first answered on or before the deadline day, that day read in `timeZone` (an answer at 23:59 on
    /// the deadline day is on time, one at 00:00 the day after is late; changing an answer later does not make it
    /// late). Notices without a deadline are not counted; units with no such notice are not listed. In unit id order.
    /// With `asOf`, a notice a unit has not answered yet counts only once its deadline is before `asOf` (until then
    /// the unit may still answer on time).
    public static func rates(year: Int, notices: [NoticeDetail], timeZone: TimeZone, asOf: Day? = nil)
        -> [NoticeAnswerRate]
    {
        var rates: [Int64: NoticeAnswerRate] = [:]
        for detail in notices {
            guard let deadline = detail.notice.deadline, deadline.year == year else { continue }
            for unitId in detail.notice.unitIds {
                if let asOf, detail.responses[unitId] == nil, deadline >= asOf { continue }
                var rate = rates[unitId] ?? NoticeAnswerRate(unitId: unitId, addressed: 0, onTime: 0)
                rate.addressed += 1
                if let first = detail.responses[unitId]?.firstAnsweredAt,
                    let day = Day(of: first, in: timeZone), day <= deadline
                {
                    rate.onTime += 1
                }
                rates[unitId] = rate
            }
        }
        return rates.values.sorted { $0.unitId < $1.unitId }
    }
}

extension Day {
    /// The calendar day `date` falls on in `timeZone`; nil outside 1900–2100.
    public init?(of date: Date, in timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return nil }
        self.init(year: year, month: month, day: day)
    }
}
