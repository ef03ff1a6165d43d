/// Everything the indicator formulas and the unit scorecard read for one year, gathered by the store in a few
/// aggregate queries. Projects and prospects are their stage histories with typed stages, nil when the deployment does not
/// record them yet: their figures are then "not available", never zero.
public struct IndicatorFacts: Sendable {
    /// The year.
    public var year: Int { didSet { standing = Self.standing(partnerships, in: year) } }
    /// The partnerships of the area (every status), with partners and homes.
    public var partnerships: [PartnershipRecord] { didSet { standing = Self.standing(partnerships, in: year) } }
    /// Partnerships standing at the year's end: not ended (as recorded now), established in the year or before, or
    /// undated — as the annual report counts them. Kept with ``partnerships`` and ``year``: several formulas read it.
    public private(set) var standing: [PartnershipRecord]
    /// Each partner's latest exchange start on or before 31 December (by partner id).
    public var lastExchange: [Int64: Day]
    /// The dormant threshold in years.
    public var dormantYears: Int
    /// The localities: the area's districts and counties are the children of ``area``.
    public var directory: LocalityDirectory
    /// The city (or municipality) whose districts are counted; nil: the one with most partnerships.
    public var area: Locality?
    /// The year's exchanges counted by unit and kind.
    public var exchanges: [ExchangeTally]
    /// Plan tasks due in the year (plans in force or closed).
    public var tasks: [TaskOutcome]
    /// Units' on-time answer rates for the year.
    public var answers: [NoticeAnswerRate]
    /// Units' on-time report rates for the year.
    public var reports: [ReportRate]
    /// The stage histories of cooperation projects; nil when not available.
    public var projectHistories: [StageHistory<ProjectStage>]?
    /// The stage histories of prospects; nil when not available.
    public var prospectHistories: [StageHistory<ProspectStage>]?

    /// Creates the facts.
    public init(
        year: Int, partnerships: [PartnershipRecord] = [], lastExchange: [Int64: Day] = [:], dormantYears: Int = 3,
        directory: LocalityDirectory = LocalityDirectory(localities: []), area: Locality? = nil,
        exchanges: [ExchangeTally] = [], tasks: [TaskOutcome] = [], answers: [NoticeAnswerRate] = [],
        reports: [ReportRate] = [], projectHistories: [StageHistory<ProjectStage>]? = nil,
        prospectHistories: [StageHistory<ProspectStage>]? = nil
    ) {
        self.year = year
        self.partnerships = partnerships
        self.lastExchange = lastExchange
        self.dormantYears = dormantYears
        self.directory = directory
        self.area = area
        self.exchanges = exchanges
        self.tasks = tasks
        self.answers = answers
        self.reports = reports
        self.projectHistories = projectHistories
        self.prospectHistories = prospectHistories
        standing = Self.standing(partnerships, in: year)
    }

    /// 31 December of the year.
    public var yearEnd: Day { Day(year: year, month: 12, day: 31) ?? Day(year: 2000, month: 12, day: 31)! }

    /// The partnerships of `all` standing at the end of `year`.
    static func standing(_ all: [PartnershipRecord], in year: Int) -> [PartnershipRecord] {
        all.filter { $0.partnership.status != .ended && ($0.partnership.established.map { $0.year <= year } ?? true) }
    }
}
