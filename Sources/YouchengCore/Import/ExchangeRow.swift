/// One validated row of an exchanges file: everything needed to store an exchange.
public struct ExchangeRow: Sendable, Hashable {
    /// Row number as the spreadsheet shows it (the first row is 1), as the registry import numbers rows.
    public var line: Int
    /// What the exchange was about.
    public var title: String
    /// The first day.
    public var start: Day
    /// The last day (the start when the file leaves it blank).
    public var end: Day
    /// The kind.
    public var kind: ExchangeKind
    /// The registered partners named, in the order written, each once.
    public var partnerIds: [Int64]
    /// The countries (alpha-2), in the order written, each once.
    public var countries: [String]
    /// The organizing unit as written, trimmed; nil when blank. A name no unit has is listed in the plan's
    /// `newUnits`.
    public var unitName: String?
    /// The leading rank, if given.
    public var rank: LeaderRank?
    /// The head count, if given.
    public var people: Int?
    /// The domain codes, in the order written, each once.
    public var domains: [String]
    /// The outcomes (empty when not given).
    public var outcomes: String
    /// The budget, if given.
    public var budget: Money?
    /// The actual amount, if given.
    public var actual: Money?

    /// Creates a row.
    public init(
        line: Int, title: String, start: Day, end: Day, kind: ExchangeKind, partnerIds: [Int64] = [],
        countries: [String] = [], unitName: String? = nil, rank: LeaderRank? = nil, people: Int? = nil,
        domains: [String] = [], outcomes: String = "", budget: Money? = nil, actual: Money? = nil
    ) {
        self.line = line
        self.title = title
        self.start = start
        self.end = end
        self.kind = kind
        self.partnerIds = partnerIds
        self.countries = countries
        self.unitName = unitName
        self.rank = rank
        self.people = people
        self.domains = domains
        self.outcomes = outcomes
        self.budget = budget
        self.actual = actual
    }

    /// start, kind and title: how an import recognizes an exchange it stored before.
    public var identity: ExchangeIdentity { ExchangeIdentity(start: start, kind: kind, title: title) }
}

/// What makes two exchanges the same one for an import: the same first day, kind and title.
public struct ExchangeIdentity: Sendable, Hashable {
    /// The first day.
    public var start: Day
    /// The kind.
    public var kind: ExchangeKind
    /// The title, exactly as stored (trimmed).
    public var title: String

    /// Creates an identity.
    public init(start: Day, kind: ExchangeKind, title: String) {
        self.start = start
        self.kind = kind
        self.title = title
    }
}

/// The outcome of reading an exchanges file: its valid rows, every row error, and the units the store must create.
public struct ExchangeImportPlan: Sendable {
    /// Rows that passed validation, in file order.
    public var rows: [ExchangeRow]
    /// Every problem found; a plan with errors must not be stored.
    public var errors: [RowError]
    /// Unit names the valid rows give that match no existing unit, each once, in first-seen order.
    public var newUnits: [String]
    /// Remarks for the report, such as columns ignored or the total row skipped.
    public var remarks: [Bilingual]
    /// How many data rows the file had (blank rows and the total row not counted).
    public var dataRows: Int
    /// The row number of the trailing total row (`合计`) that was skipped, if any.
    public var totalRow: Int?

    /// Creates a plan.
    public init(
        rows: [ExchangeRow], errors: [RowError], newUnits: [String], remarks: [Bilingual] = [], dataRows: Int = 0,
        totalRow: Int? = nil
    ) {
        self.rows = rows
        self.errors = errors
        self.newUnits = newUnits
        self.remarks = remarks
        self.dataRows = dataRows
        self.totalRow = totalRow
    }
}
