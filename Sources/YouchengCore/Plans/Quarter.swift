/// A calendar quarter: the period a progress report is due in.
public struct Quarter: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// 1–4.
    public let index: Int

    /// The quarter `index` (1–4) of `year`; nil for another index or a year outside 1900–2100.
    public init?(year: Int, index: Int) {
        guard (1...4).contains(index), Day(year: year, month: 1, day: 1) != nil else { return nil }
        self.year = year
        self.index = index
    }

    /// The quarter `day` lies in.
    public init(containing day: Day) {
        year = day.year
        index = (day.month - 1) / 3 + 1
    }

    /// Its first day (1 January, 1 April, 1 July, 1 October).
    public var firstDay: Day { Day(year: year, month: index * 3 - 2, day: 1)! }

    /// Its last day (31 March, 30 June, 30 September, 31 December).
    public var lastDay: Day {
        let month = index * 3
        return Day(year: year, month: month, day: PartialDate.daysIn(month: month, year: year))!
    }

    /// Whether `day` lies in it.
    public func contains(_ day: Day) -> Bool { day.year == year && (day.month - 1) / 3 + 1 == index }

    /// `2021Q3`.
    public var description: String { "\(year)Q\(index)" }

    /// `2021年第三季度` / `2021 Q3`.
    public var label: Bilingual {
        Bilingual(zh: "\(year)年第\(["一", "二", "三", "四"][index - 1])季度", en: "\(year) Q\(index)")
    }

    public static func < (lhs: Quarter, rhs: Quarter) -> Bool { (lhs.year, lhs.index) < (rhs.year, rhs.index) }
}
