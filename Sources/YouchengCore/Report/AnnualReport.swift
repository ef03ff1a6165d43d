/// The annual report of a year: the situation at the year's end, the year's new partnerships and activity, the
/// progress of the joint meeting's plans, the dormant ties at its end, the portfolio's balance, district coverage,
/// and the coming year's anniversaries.
public struct AnnualReport: Sendable {
    /// The year.
    public var year: Int
    /// The situation summary as of 31 December.
    public var summary: SituationSummary
    /// Partnerships established that year (dated to the year or finer), by date.
    public var newPartnerships: [PartnershipRecord]
    /// The year's exchange figures.
    public var activity: ActivityReport
    /// Dormant partnerships as of 31 December.
    public var dormant: [DormantRule.Finding]
    /// The dormant threshold used.
    public var dormantYears: Int
    /// Which home localities have partners, and the busiest city's districts with none.
    public var coverage: ChinaCoverage
    /// The round anniversaries of the following year.
    public var anniversaries: [Anniversary]
    /// Partnerships standing at the year's end by the year they were established.
    public var establishedByYear: YearCounts
    /// The progress of the plans in force or closed whose period touches the year, as of `plansAsOf`.
    public var plans: [PlanProgress]
    /// The day the plans are judged as of: 31 December, or today while the year runs.
    public var plansAsOf: Day

    /// Assembles a report; with no plans, `plansAsOf` is 31 December of `year`.
    public init(
        year: Int, summary: SituationSummary, newPartnerships: [PartnershipRecord], activity: ActivityReport,
        dormant: [DormantRule.Finding], dormantYears: Int, coverage: ChinaCoverage, anniversaries: [Anniversary],
        establishedByYear: YearCounts, plans: [PlanProgress] = [], plansAsOf: Day? = nil
    ) {
        self.year = year
        self.summary = summary
        self.newPartnerships = newPartnerships
        self.activity = activity
        self.dormant = dormant
        self.dormantYears = dormantYears
        self.coverage = coverage
        self.anniversaries = anniversaries
        self.establishedByYear = establishedByYear
        self.plans = plans
        self.plansAsOf = plansAsOf ?? Day(year: year, month: 12, day: 31) ?? Day(year: 2000, month: 12, day: 31)!
    }

    /// The years a report may be asked for.
    public static let years = 1950...2100
}
