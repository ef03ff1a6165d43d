/// The activity figures of a period: exchanges whose start date lies between `from` and `to` (both included).
public struct ActivityReport: Sendable, Equatable {
    /// Delegations and the people in them.
    public struct Count: Sendable, Hashable {
        /// Delegations.
        public var delegations = 0
        /// People (the head counts summed; an exchange without one adds none).
        public var people = 0

        /// Creates a count.
        public init(delegations: Int = 0, people: Int = 0) {
            self.delegations = delegations
            self.people = people
        }
    }

    /// The first day of the period.
    public var from: Day
    /// The last day of the period.
    public var to: Day
    /// Incoming delegations.
    public var incoming = Count()
    /// Incoming delegations led at 市级 or 省部级.
    public var incomingCityLeaderOrAbove = Count()
    /// Outgoing delegations.
    public var outgoing = Count()
    /// Outgoing delegations that visited at least one registered partner.
    public var outgoingToPartners = 0
    /// Exchanges by kind, every kind listed (in `ExchangeKind` order).
    public var byKind: [(ExchangeKind, Int)]
    /// Exchanges by domain code, in the order of the domain list, then any others by code; only domains used.
    public var byDomain: [(String, Int)]
    /// Exchanges by organizing unit name (`—` for none), most first.
    public var byUnit: [(String, Int)]
    /// Exchanges by country (alpha-2), most first.
    public var byCountry: [(String, Int)]

    /// The report of `exchanges` (any, the period is applied here); `domains` orders the domains and `unitNames`
    /// names units by id.
    public init(
        exchanges: [Exchange], from: Day, to: Day, domains: [ExchangeDomain] = ExchangeDomain.defaults,
        unitNames: [Int64: String] = [:]
    ) {
        var tally = Tally()
        for exchange in exchanges where exchange.draft.start >= from && exchange.draft.start <= to {
            tally.add(exchange, unitNames: unitNames)
        }
        self.init(tally: tally, from: from, to: to, domains: domains)
    }

    /// The report of a period's `tally`, however it was counted; `domains` orders the domains.
    public init(tally: Tally, from: Day, to: Day, domains: [ExchangeDomain] = ExchangeDomain.defaults) {
        self.from = from
        self.to = to
        incoming = tally.incoming
        incomingCityLeaderOrAbove = tally.incomingCityLeaderOrAbove
        outgoing = tally.outgoing
        outgoingToPartners = tally.outgoingToPartners
        byKind = ExchangeKind.allCases.map { ($0, tally.kinds[$0] ?? 0) }
        let listed = domains.map(\.code)
        let listedSet = Set(listed)
        byDomain =
            listed.compactMap { code in tally.domains[code].map { (code, $0) } }
            + tally.domains.filter { !listedSet.contains($0.key) }.sorted { $0.key < $1.key }.map {
                ($0.key, $0.value)
            }
        func mostFirst(_ counts: [String: Int]) -> [(String, Int)] {
            counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
        }
        byUnit = mostFirst(tally.units)
        byCountry = mostFirst(tally.countries)
    }

    public static func == (lhs: ActivityReport, rhs: ActivityReport) -> Bool { lhs.json == rhs.json }

    /// `{"from", "to", "incoming": {"delegations", "people", "cityLeaderOrAbove": {"delegations", "people"}},
    /// "outgoing": {"delegations", "people", "toPartners"}, "byKind", "byDomain", "byUnit", "byCountry"}`.
    public var json: JSONValue {
        func object(_ pairs: [(String, Int)]) -> JSONValue { .object(pairs.map { ($0.0, .int($0.1)) }) }
        return .object([
            ("from", .string(from.description)), ("to", .string(to.description)),
            (
                "incoming",
                .object([
                    ("delegations", .int(incoming.delegations)), ("people", .int(incoming.people)),
                    (
                        "cityLeaderOrAbove",
                        .object([
                            ("delegations", .int(incomingCityLeaderOrAbove.delegations)),
                            ("people", .int(incomingCityLeaderOrAbove.people)),
                        ])
                    ),
                ])
            ),
            (
                "outgoing",
                .object([
                    ("delegations", .int(outgoing.delegations)), ("people", .int(outgoing.people)),
                    ("toPartners", .int(outgoingToPartners)),
                ])
            ),
            ("byKind", object(byKind.map { ($0.0.rawValue, $0.1) })), ("byDomain", object(byDomain)),
            ("byUnit", object(byUnit)), ("byCountry", object(byCountry)),
        ])
    }
}
