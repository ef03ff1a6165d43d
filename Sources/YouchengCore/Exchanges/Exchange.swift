/// A member of an outgoing delegation.
public struct DelegationMember: Sendable, Hashable, Codable {
    /// The member's name.
    public var name: String
    /// Their unit (as written; members may come from outside the member units).
    public var unit: String
    /// Their title.
    public var title: String

    /// Creates a member.
    public init(name: String, unit: String = "", title: String = "") {
        self.name = name
        self.unit = unit
        self.title = title
    }
}

/// An exchange as stored: a visit, a trip, an event, a letter … with the partners and countries involved.
public struct Exchange: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// What it was about.
    public var title: String
    /// The first day.
    public var start: Day
    /// The last day (the start for a one-day exchange).
    public var end: Day
    /// The kind.
    public var kind: ExchangeKind
    /// The registered partners involved (none, one or several).
    public var partnerIds: [Int64]
    /// The countries (alpha-2): where an incoming delegation came from, where an outgoing one went.
    public var countries: [String]
    /// The organizing unit.
    public var unitId: Int64?
    /// The leading rank, if recorded.
    public var rank: LeaderRank?
    /// The head count, if recorded.
    public var people: Int?
    /// The domain codes.
    public var domains: [String]
    /// The outcomes, as text.
    public var outcomes: String
    /// Members of an outgoing delegation.
    public var members: [DelegationMember]
    /// The version, for edits.
    public var version: Int

    /// Creates an exchange.
    public init(
        id: Int64, title: String, start: Day, end: Day, kind: ExchangeKind, partnerIds: [Int64] = [],
        countries: [String] = [], unitId: Int64? = nil, rank: LeaderRank? = nil, people: Int? = nil,
        domains: [String] = [], outcomes: String = "", members: [DelegationMember] = [], version: Int = 1
    ) {
        self.id = id
        self.title = title
        self.start = start
        self.end = end
        self.kind = kind
        self.partnerIds = partnerIds
        self.countries = countries
        self.unitId = unitId
        self.rank = rank
        self.people = people
        self.domains = domains
        self.outcomes = outcomes
        self.members = members
        self.version = version
    }

    /// Days counted as a trip counts them: arrival and departure days included.
    public var days: Int { Day.span(start, end) }
}
