/// A share of its partnerships a home wants in one continent or country group (目标占比).
public struct TargetShare: Sendable, Hashable, Codable {
    /// Whether `code` names a continent or a country group.
    public enum Scope: String, Sendable, Hashable, Codable, CaseIterable {
        /// A continent (`Continent` code: `asia`, `europe` …).
        case continent
        /// A country group of the reference data (`BRI-MOU`, `RCEP`, `EU` …).
        case group
    }

    /// Continent or group.
    public var scope: Scope
    /// The continent's or group's code.
    public var code: String
    /// The share wanted, in whole percent (1–99).
    public var percent: Int

    /// Creates a target share.
    public init(_ scope: Scope, _ code: String, percent: Int) {
        self.scope = scope
        self.code = code
        self.percent = percent
    }
}

/// A home's matching settings: its population (for the population factor) and the target shares the thin-region
/// factor and table compare with. A home that has none stored uses `defaults(home:)`.
public struct MatchSettings: Sendable, Hashable {
    /// The home locality's code.
    public var homeCode: String
    /// Its population, when known.
    public var population: Int?
    /// Its target shares, continents first then groups, each in reference order.
    public var shares: [TargetShare]
    /// Incremented on every change (0: never stored, the defaults).
    public var version: Int

    /// Creates settings.
    public init(homeCode: String, population: Int?, shares: [TargetShare], version: Int) {
        self.homeCode = homeCode
        self.population = population
        self.shares = shares
        self.version = version
    }

    /// Whether these are the defaults rather than stored settings.
    public var isDefault: Bool { version == 0 }

    /// The defaults: no population; Asia 35%, Europe 30%, the Americas 15%, Africa 10%, Oceania 10%, and Belt and
    /// Road signatories (`BRI-MOU`) 40%.
    public static func defaults(home: String) -> MatchSettings {
        MatchSettings(homeCode: home, population: nil, shares: defaultShares, version: 0)
    }

    /// The default target shares.
    public static let defaultShares: [TargetShare] = [
        TargetShare(.continent, Continent.asia.rawValue, percent: 35),
        TargetShare(.continent, Continent.europe.rawValue, percent: 30),
        TargetShare(.continent, Continent.americas.rawValue, percent: 15),
        TargetShare(.continent, Continent.africa.rawValue, percent: 10),
        TargetShare(.continent, Continent.oceania.rawValue, percent: 10),
        TargetShare(.group, "BRI-MOU", percent: 40),
    ]

    /// Settings kept for audit: population and each share as `continent:europe` → `30`, then the version.
    public var auditValues: [(String, String?)] {
        [("population", population.map(String.init))]
            + shares.map { ("\($0.scope.rawValue):\($0.code)", String($0.percent)) }
            + [(FieldChange.versionField, String(version))]
    }
}
