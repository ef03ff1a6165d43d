extension ActivityReport {
    /// What a period's exchanges add up to before the report orders it: counted one exchange at a time from
    /// exchanges in memory, or a group at a time from the database's counts. Both ways go through `add`, so both
    /// count alike.
    public struct Tally: Sendable, Equatable {
        /// Exchanges by kind (kinds without any absent).
        public var kinds: [ExchangeKind: Int] = [:]
        /// Exchanges by domain code, each exchange once per domain.
        public var domains: [String: Int] = [:]
        /// Exchanges by the organizing unit's label (`unitLabel`).
        public var units: [String: Int] = [:]
        /// Exchanges by country (alpha-2), each exchange once per country.
        public var countries: [String: Int] = [:]
        /// Incoming delegations.
        public var incoming = Count()
        /// Incoming delegations led at 市级 or 省部级.
        public var incomingCityLeaderOrAbove = Count()
        /// Outgoing delegations.
        public var outgoing = Count()
        /// Outgoing delegations that visited at least one registered partner.
        public var outgoingToPartners = 0

        /// An empty tally.
        public init() {}

        /// Adds `count` exchanges of `kind` led at `rank` with `people` people in all (head counts summed, none
        /// counted as 0).
        public mutating func add(kind: ExchangeKind, rank: LeaderRank?, count: Int, people: Int) {
            kinds[kind, default: 0] += count
            switch kind {
            case .incomingDelegation:
                incoming.delegations += count
                incoming.people += people
                if rank?.isCityOrAbove == true {
                    incomingCityLeaderOrAbove.delegations += count
                    incomingCityLeaderOrAbove.people += people
                }
            case .outgoingDelegation:
                outgoing.delegations += count
                outgoing.people += people
            default: break
            }
        }

        /// Adds `count` exchanges organized by unit `id` (nil: none), labelled as `unitLabel` does.
        public mutating func add(unit id: Int64?, count: Int, unitNames: [Int64: String]) {
            units[ActivityReport.unitLabel(id, names: unitNames), default: 0] += count
        }

        /// Adds one exchange.
        public mutating func add(_ exchange: Exchange, unitNames: [Int64: String]) {
            let draft = exchange.draft
            add(kind: draft.kind, rank: draft.rank, count: 1, people: draft.people ?? 0)
            add(unit: draft.unitId, count: 1, unitNames: unitNames)
            for code in Set(draft.domains) { domains[code, default: 0] += 1 }
            for code in Set(draft.countries) { countries[code, default: 0] += 1 }
            if draft.kind == .outgoingDelegation && !draft.partnerIds.isEmpty { outgoingToPartners += 1 }
        }
    }

    /// How the by-unit table names unit `id`: its name in `names`, `#id` when it has none there, `—` for no unit.
    public static func unitLabel(_ id: Int64?, names: [Int64: String]) -> String {
        id.map { names[$0] ?? "#\($0)" } ?? "—"
    }
}
