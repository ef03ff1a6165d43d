/// An exchange as a form, the API or an import gives it, already validated; the store adds id and version.
public struct ExchangeDraft: Sendable, Hashable {
    /// What it was about.
    public var title: String
    /// The first day.
    public var start: Day
    /// The last day.
    public var end: Day
    /// The kind.
    public var kind: ExchangeKind
    /// The registered partners involved.
    public var partnerIds: [Int64]
    /// The countries (alpha-2).
    public var countries: [String]
    /// The organizing unit.
    public var unitId: Int64?
    /// The leading rank.
    public var rank: LeaderRank?
    /// The head count.
    public var people: Int?
    /// The domain codes.
    public var domains: [String]
    /// The outcomes.
    public var outcomes: String
    /// Members of an outgoing delegation.
    public var members: [DelegationMember]
    /// The budget (预算, CNY), if recorded.
    public var budget: Money?
    /// The actual amount spent (实际支出, CNY), if recorded.
    public var actual: Money?

    /// Creates a draft.
    public init(
        title: String, start: Day, end: Day, kind: ExchangeKind, partnerIds: [Int64] = [], countries: [String] = [],
        unitId: Int64? = nil, rank: LeaderRank? = nil, people: Int? = nil, domains: [String] = [],
        outcomes: String = "", members: [DelegationMember] = [], budget: Money? = nil, actual: Money? = nil
    ) {
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
        self.budget = budget
        self.actual = actual
    }

    /// Days counted as a trip counts them: arrival and departure days included.
    public var days: Int { Day.span(start, end) }

    /// The same draft with lists in a canonical order (partners by id, countries and domains by code), so two
    /// drafts that mean the same exchange compare equal.
    public var normalized: ExchangeDraft {
        var copy = self
        copy.partnerIds = Array(Set(partnerIds)).sorted()
        copy.countries = Array(Set(countries)).sorted()
        copy.domains = Array(Set(domains)).sorted()
        return copy
    }
}

/// Errors of the exchange store that users can cause.
public enum ExchangeError: Error, Sendable, Equatable {
    /// No exchange with that id.
    case notFound
    /// The exchange changed since it was read (the current version).
    case staleVersion(current: Int)
    /// Another exchange has the same start date, kind and title (its id).
    case duplicate(existingId: Int64)

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .notFound: Bilingual(zh: "交流活动不存在", en: "no such exchange")
        case .staleVersion:
            Bilingual(
                zh: "该交流活动在您读取后已被他人修改，未保存您的更改",
                en: "the exchange was changed after you read it; your change was not saved")
        case .duplicate:
            Bilingual(
                zh: "已有开始日期、类型和主题都相同的交流活动", en: "an exchange with the same start date, kind and title exists")
        }
    }
}

extension Exchange: AuditedRecord {
    /// Title, dates, kind, partners, countries, unit, rank, people, domains, outcomes, members, budget, actual,
    /// then the version.
    public var auditValues: [(String, String?)] {
        let d = draft
        return [
            ("title", d.title), ("start", d.start.description), ("end", d.end.description), ("kind", d.kind.rawValue),
            ("partners", d.partnerIds.map(String.init).joined(separator: ",")),
            ("countries", d.countries.joined(separator: ",")), ("unitId", d.unitId.map(String.init)),
            ("rank", d.rank?.rawValue), ("people", d.people.map(String.init)),
            ("domains", d.domains.joined(separator: ",")), ("outcomes", d.outcomes),
            ("members", d.members.map(\.name).joined(separator: "、")), ("budget", d.budget?.plain),
            ("actual", d.actual?.plain), (FieldChange.versionField, String(version)),
        ]
    }
}
