/// The points of each factor of a suggested partner's score (推荐结好对象), and the factors themselves. The README's
/// "Suggested partners" section lists the same numbers: change both together.
///
/// - New country (`newCountry`): 30 when the city's country has no partnership (not ended) of the home or of a
///   locality under it, else 0.
/// - Thin region (`thinRegion`): up to 25, for the thinnest of the city's continent and country groups that has a
///   target share: `25 × (target% × total − 100 × inRegion) ÷ (target% × total)`, rounded down; 25 when the home has
///   no partnership yet; 0 when every such region is at or above its target.
/// - Population band (`population`): 15 when the city's population has as many digits as the home's (same order of
///   magnitude), 7 when one digit more or fewer, else 0; 0 when the home's population is not set.
/// - Open to China (`openToChina`): 5 for each other Chinese home locality (outside this home) twinned with the city,
///   at most 20.
/// - Themes (`themes`): 10 for each asked theme the city is known for, at most 30.
public enum MatchPoints {
    /// The country has no partner of this home yet.
    public static let newCountry = 30
    /// The most a thin continent or group gives.
    public static let thinRegion = 25
    /// Same population band as the home.
    public static let samePopulationBand = 15
    /// A population band next to the home's.
    public static let nearPopulationBand = 7
    /// Each other Chinese home twinned with the city.
    public static let perOtherHome = 5
    /// The most the open-to-China factor gives.
    public static let openToChinaCap = 20
    /// Each asked theme the city is known for.
    public static let perTheme = 10
    /// The most the themes factor gives.
    public static let themesCap = 30
}

/// One factor of a suggestion's score, in the order suggestions show them.
public enum MatchFactor: String, Sendable, CaseIterable, Hashable, Codable {
    /// The country has no partner of this home yet.
    case newCountry
    /// The continent or a country group is below the home's target share.
    case thinRegion
    /// The population is of the home's order of magnitude.
    case population
    /// Other Chinese localities are twinned with the city.
    case openToChina
    /// The city is known for the asked themes.
    case themes
}

/// A factor's points for one city, with why.
public struct FactorScore: Sendable, Hashable {
    /// The factor.
    public var factor: MatchFactor
    /// Its points (0 or more).
    public var points: Int
    /// Why, in both languages (also when the points are 0).
    public var reason: Bilingual

    /// Creates a factor's score.
    public init(_ factor: MatchFactor, points: Int, reason: Bilingual) {
        self.factor = factor
        self.points = points
        self.reason = reason
    }
}
