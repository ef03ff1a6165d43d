/// The facts of the "situation" paragraph that every report opens with.
public struct SituationSummary: Sendable, Equatable {
    /// One partnership as the summary counts it.
    public struct Entry: Sendable, Hashable {
        /// The partner's id (partners are counted once however many homes they are twinned with).
        public var partnerId: Int64
        /// The partner's country (alpha-2).
        public var country: String
        /// Sister or friendship city.
        public var kind: PartnershipKind
        /// The home's level.
        public var level: LocalityLevel

        /// Creates an entry.
        public init(partnerId: Int64, country: String, kind: PartnershipKind, level: LocalityLevel) {
            self.partnerId = partnerId
            self.country = country
            self.kind = kind
            self.level = level
        }
    }

    /// Partnerships and countries in one continent or group.
    public struct Spread: Sendable, Equatable, Codable {
        /// Number of partnerships.
        public var partnerships: Int
        /// Number of distinct countries.
        public var countries: Int

        /// Creates a spread.
        public init(partnerships: Int, countries: Int) {
            self.partnerships = partnerships
            self.countries = countries
        }
    }

    /// A country and its number of partnerships.
    public struct CountryCount: Sendable, Equatable, Codable {
        /// Alpha-2 code.
        public var country: String
        /// Number of partnerships.
        public var partnerships: Int

        /// Creates a count.
        public init(country: String, partnerships: Int) {
            self.country = country
            self.partnerships = partnerships
        }
    }

    /// The day the figures are for (`yyyy-MM-dd`).
    public var asOf: String
    /// The home the figures are limited to (with everything under it), or nil for all.
    public var home: Locality?
    /// Partnerships not ended.
    public var partnerships: Int
    /// Distinct partners.
    public var partners: Int
    /// Distinct countries.
    public var countries: Int
    /// Partnerships per kind.
    public var byKind: [PartnershipKind: Int]
    /// Partnerships per home level.
    public var byLevel: [LocalityLevel: Int]
    /// Partnerships and countries per continent.
    public var byContinent: [Continent: Spread]
    /// Partnerships and countries per country group, in the catalog's group order.
    public var groups: [(code: String, spread: Spread)]
    /// Countries with the most partnerships, most first (ties by code).
    public var topCountries: [CountryCount]

    /// Counts `entries` (already limited to the home and to partnerships not ended).
    public init(entries: [Entry], catalog: CountryCatalog, asOf: String, home: Locality?, top: Int = 10) {
        self.asOf = asOf
        self.home = home
        partnerships = entries.count
        partners = Set(entries.map(\.partnerId)).count
        let perCountry = Dictionary(grouping: entries, by: \.country).mapValues(\.count)
        countries = perCountry.count
        byKind = Dictionary(grouping: entries, by: \.kind).mapValues(\.count)
        byLevel = Dictionary(grouping: entries, by: \.level).mapValues(\.count)
        func spread(_ codes: (String) -> Bool) -> Spread {
            let matching = perCountry.filter { codes($0.key) }
            return Spread(partnerships: matching.values.reduce(0, +), countries: matching.count)
        }
        var continents: [Continent: Spread] = [:]
        for continent in Continent.allCases {
            continents[continent] = spread { catalog.country($0)?.continent == continent }
        }
        byContinent = continents
        groups = catalog.groups.map { group in (group.code, spread { group.members.contains($0) }) }
        topCountries = perCountry.map { CountryCount(country: $0.key, partnerships: $0.value) }
            .sorted { ($1.partnerships, $0.country) < ($0.partnerships, $1.country) }
            .prefix(top).map { $0 }
    }

    /// Equal when every figure is.
    public static func == (lhs: SituationSummary, rhs: SituationSummary) -> Bool {
        lhs.asOf == rhs.asOf && lhs.home == rhs.home && lhs.partnerships == rhs.partnerships
            && lhs.partners == rhs.partners && lhs.countries == rhs.countries && lhs.byKind == rhs.byKind
            && lhs.byLevel == rhs.byLevel && lhs.byContinent == rhs.byContinent
            && lhs.groups.map(\.code) == rhs.groups.map(\.code) && lhs.groups.map(\.spread) == rhs.groups.map(\.spread)
            && lhs.topCountries == rhs.topCountries
    }
}
