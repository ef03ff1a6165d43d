/// What the registry says about one home, worked out once per request so that scoring the ~30,000 cities of the
/// gazetteer is a few dictionary look-ups each. Build it with `MatchingContext.build`.
///
/// The home's partnerships are those not ended of the home and of every locality under it. A registry partner is
/// matched to a gazetteer city by `CityGazetteer.match` (its names within its country; of several cities of that
/// name, the most populous).
public struct MatchingContext: Sendable {
    /// The home.
    public let home: Locality
    /// Its settings (stored or the defaults).
    public let settings: MatchSettings
    /// The home and the localities under it.
    let homeCodes: Set<String>
    /// Those of `homeCodes` with a partnership of their own.
    let homesWithPartners: Set<String>
    /// The home's partnerships.
    let total: Int
    /// Countries with a partnership of the home.
    let homeCountries: Set<String>
    /// Gazetteer cities that are partners of the home, or excluded otherwise (prospects): never suggested.
    let excluded: Set<Int64>
    /// For each gazetteer city, the other Chinese homes twinned with it.
    let otherHomes: [Int64: Set<String>]
    /// For each gazetteer city, the folded themes it is known for (the city-themes table, its exchanges' domains).
    let knownThemes: [Int64: Set<String>]
    /// For each gazetteer city, the folded notes of its partnerships.
    let notes: [Int64: [String]]
    /// The target regions' rows, in the settings' order.
    let regions: [RegionShare]
    /// The thin-region score of each country that has cities, by alpha-2 code.
    let regionScores: [String: FactorScore]
}

/// What a `MatchingContext` is built from: the registry and the matching tables, read by the caller.
public struct MatchingInput: Sendable {
    /// Every partnership of the registry (ended ones are left out here).
    public var records: [PartnershipRecord]
    /// The home's settings (stored, or `MatchSettings.defaults`).
    public var settings: MatchSettings
    /// The city-themes table: themes by GeoNames id.
    public var cityThemes: [Int64: [String]]
    /// The names (code, Chinese, English) of the domains of each partner's exchanges, by partner id.
    public var partnerDomains: [Int64: [String]]
    /// More GeoNames ids never to suggest (cities already in the pipeline as prospects).
    public var excludedCities: Set<Int64>

    /// Creates the input.
    public init(
        records: [PartnershipRecord], settings: MatchSettings, cityThemes: [Int64: [String]] = [:],
        partnerDomains: [Int64: [String]] = [:], excludedCities: Set<Int64> = []
    ) {
        self.records = records
        self.settings = settings
        self.cityThemes = cityThemes
        self.partnerDomains = partnerDomains
        self.excludedCities = excludedCities
    }
}
