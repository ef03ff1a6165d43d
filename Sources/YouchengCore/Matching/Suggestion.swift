/// A foreign city suggested as a new partner for a home, with its points per factor (推荐结好对象).
public struct Suggestion: Sendable, Hashable {
    /// The gazetteer city.
    public var city: CityGazetteer.City
    /// Each factor's points and reason, in `MatchFactor` order.
    public let factors: [FactorScore]
    /// The score: the sum of the factors' points (kept, as sorting reads it often).
    public let total: Int

    /// Creates a suggestion.
    public init(city: CityGazetteer.City, factors: [FactorScore]) {
        self.city = city
        self.factors = factors
        total = factors.reduce(0) { $0 + $1.points }
    }

    /// The points of `factor`.
    public func points(_ factor: MatchFactor) -> Int { factors.first { $0.factor == factor }?.points ?? 0 }
}

/// The orders suggestions can be listed in; ties are always broken by population (larger first), then name, then
/// GeoNames id, so the order is the same on every run.
public enum SuggestionSort: String, Sendable, CaseIterable, Hashable {
    /// By score.
    case score
    /// By population.
    case population
    /// By name.
    case name
}
