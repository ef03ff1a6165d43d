/// Counts per year over a run of years, for column charts.
public struct YearCounts: Sendable, Equatable {
    /// Every year from the first to the last, none skipped.
    public var years: [Int]
    /// The count of each year, indexed like `years`.
    public var counts: [Int]
    /// Items without a year (not shown in the chart).
    public var undated: Int

    /// Counts `years` (nil for an item without one) over the years from the earliest to the latest present.
    public init(_ years: [Int?]) {
        let known = years.compactMap { $0 }
        undated = years.count - known.count
        guard let first = known.min(), let last = known.max() else {
            self.years = []
            counts = []
            return
        }
        let perYear = Dictionary(grouping: known, by: { $0 }).mapValues(\.count)
        self.years = Array(first...last)
        counts = self.years.map { perYear[$0] ?? 0 }
    }
}

/// One named series of counts (a kind or a domain, per year).
public struct CountSeries: Sendable, Equatable {
    /// The code of what is counted (`incomingDelegation`, `culture`).
    public var code: String
    /// The count per band.
    public var values: [Int]

    /// Creates a series.
    public init(code: String, values: [Int]) {
        self.code = code
        self.values = values
    }

    /// The sum of the values.
    public var total: Int { values.reduce(0, +) }
}

/// The exchange figures the charts page draws: per year by kind and by domain, and the soft/hard balance.
public struct ExchangeChartData: Sendable, Equatable {
    /// The years of the period, first to last.
    public var years: [Int]
    /// Exchanges per year for each kind that occurs, in `ExchangeKind` order.
    public var byKind: [CountSeries]
    /// Exchanges per year for each domain that occurs (an exchange counts once in each of its domains), in the
    /// domain list's order, then unknown codes by code.
    public var byDomain: [CountSeries]
    /// Exchanges with at least one soft domain.
    public var soft: Int
    /// Exchanges with at least one hard domain (one with both counts on both sides).
    public var hard: Int
    /// Exchanges with neither a soft nor a hard domain.
    public var neither: Int
    /// The domain list the figures were counted with (names and balance sides).
    public var domains: [ExchangeDomain]

    /// The figures of `exchanges` (already limited to the period) over the years `from`…`to`; `domains` gives the
    /// order and the balance side of each domain code.
    public init(exchanges: [Exchange], fromYear: Int, toYear: Int, domains: [ExchangeDomain]) {
        years = fromYear <= toYear ? Array(fromYear...toYear) : []
        self.domains = domains
        let years = years
        func series(_ keys: (Exchange) -> [String], order: [String]) -> [CountSeries] {
            var counts: [String: [Int]] = [:]
            for exchange in exchanges {
                guard let index = years.firstIndex(of: exchange.draft.start.year) else { continue }
                for key in Set(keys(exchange)) {
                    counts[key, default: Array(repeating: 0, count: years.count)][index] += 1
                }
            }
            let ordered = order.filter { counts[$0] != nil } + counts.keys.filter { !order.contains($0) }.sorted()
            return ordered.map { CountSeries(code: $0, values: counts[$0] ?? []) }
        }
        byKind = series({ [$0.draft.kind.rawValue] }, order: ExchangeKind.allCases.map(\.rawValue))
        byDomain = series(\.draft.domains, order: domains.map(\.code))
        let sides = Dictionary(domains.map { ($0.code, $0.balance) }, uniquingKeysWith: { first, _ in first })
        (soft, hard, neither) = (0, 0, 0)
        for exchange in exchanges {
            let found = Set(exchange.draft.domains.compactMap { sides[$0] })
            if found.contains(.soft) { soft += 1 }
            if found.contains(.hard) { hard += 1 }
            if !found.contains(.soft) && !found.contains(.hard) { neither += 1 }
        }
    }
}

/// Partners ranked by their number of exchanges in a window.
public struct PartnerActivityRanking: Sendable, Equatable {
    /// A partner and its count.
    public struct Entry: Sendable, Equatable {
        /// The partner.
        public var partner: Partner
        /// Its exchanges in the window.
        public var exchanges: Int

        /// Creates an entry.
        public init(partner: Partner, exchanges: Int) {
            self.partner = partner
            self.exchanges = exchanges
        }
    }

    /// The most active, most first (ties by id); only partners with at least one exchange.
    public var most: [Entry]
    /// The least active, fewest first (ties by id), including partners with none.
    public var least: [Entry]

    /// Ranks `partners` by the exchanges of `exchanges` that started in `from`…`to` and name them; `limit` each.
    public init(partners: [Partner], exchanges: [Exchange], from: Day, to: Day, limit: Int = 10) {
        var counts: [Int64: Int] = [:]
        for exchange in exchanges where exchange.draft.start >= from && exchange.draft.start <= to {
            for id in Set(exchange.draft.partnerIds) { counts[id, default: 0] += 1 }
        }
        let entries = partners.map { Entry(partner: $0, exchanges: counts[$0.id] ?? 0) }
        most = Array(
            entries.filter { $0.exchanges > 0 }
                .sorted { ($1.exchanges, $0.partner.id) < ($0.exchanges, $1.partner.id) }.prefix(limit))
        least = Array(entries.sorted { ($0.exchanges, $0.partner.id) < ($1.exchanges, $1.partner.id) }.prefix(limit))
    }
}
