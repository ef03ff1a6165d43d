/// A home's twinning targets for one year (`pipeline_targets`): new partnerships signed in the year (a range), the
/// total number of partnerships by a date, and how many localities under the home have a partner by a date.
public struct PipelineTarget: Sendable, Hashable {
    /// A count to reach by a day.
    public struct ByDate: Sendable, Hashable {
        /// The day.
        public var date: Day
        /// How many; for localities nil means every locality under the home.
        public var count: Int?

        /// Creates one.
        public init(date: Day, count: Int?) {
            self.date = date
            self.count = count
        }
    }

    /// The home locality's code.
    public var homeCode: String
    /// The year.
    public var year: Int
    /// New partnerships to sign in the year, at least `min` and at most `max` (`min` ≤ `max`).
    public var newPartnerships: CountRange
    /// Total partnerships of the home (and the localities under it) by a day.
    public var totalBy: ByDate?
    /// Localities under the home with at least one partner by a day (count nil: all of them).
    public var localitiesBy: ByDate?

    /// Creates a target.
    public init(
        homeCode: String, year: Int, newPartnerships: CountRange, totalBy: ByDate? = nil,
        localitiesBy: ByDate? = nil
    ) {
        self.homeCode = homeCode
        self.year = year
        self.newPartnerships = newPartnerships
        self.totalBy = totalBy
        self.localitiesBy = localitiesBy
    }

    /// The refusals of this target's figures, each naming its field: a year from 1900 to 2100, counts from 0 to
    /// 10,000, `min` ≤ `max`.
    public var problems: [FieldError] {
        var out: [FieldError] = []
        func refuse(_ field: String, _ zh: String, _ en: String) {
            out.append(FieldError(code: "invalid", field: field, message: Bilingual(zh: zh, en: en)))
        }
        if !(1900...2100).contains(year) { refuse("year", "年份应为 1900–2100", "year must be from 1900 to 2100") }
        let range = 0...10_000
        if !range.contains(newPartnerships.min) || !range.contains(newPartnerships.max) {
            refuse("newPartnerships", "新结好数应为 0–10000", "new partnerships must be from 0 to 10,000")
        } else if newPartnerships.min > newPartnerships.max {
            refuse("newPartnerships", "新结好数下限不能大于上限", "new partnerships: min cannot exceed max")
        }
        if let count = totalBy?.count, !range.contains(count) {
            refuse("totalBy", "友城总数应为 0–10000", "total partnerships must be from 0 to 10,000")
        }
        if let count = localitiesBy?.count, !range.contains(count) {
            refuse("localitiesBy", "覆盖地区数应为 0–10000", "localities covered must be from 0 to 10,000")
        }
        return out
    }
}

/// A range of counts, `min` to `max`, as targets and gaps are given (3–4).
public struct CountRange: Sendable, Hashable, Codable {
    /// The least.
    public var min: Int
    /// The most.
    public var max: Int

    /// Creates a range.
    public init(min: Int, max: Int) {
        self.min = min
        self.max = max
    }

    /// `3–4`, or `3` when both ends are equal.
    public var text: String { min == max ? String(min) : "\(min)–\(max)" }
}
