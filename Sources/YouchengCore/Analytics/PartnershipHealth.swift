/// A partnership's health, 0–100, from its partner's exchanges up to the as-of date:
///
/// - recency, up to 40: 40 when the last exchange started within the past 365 days, falling linearly to 0 at five
///   years (1,825 days) without one; 0 with none;
/// - frequency, up to 30: 3 for each exchange in the last five years, at most 10 counted;
/// - breadth, up to 15: 3 for each distinct domain of those exchanges, at most 5 counted;
/// - leader-level contact, 15: when one of those exchanges was led at 市级 (city) rank or above.
///
/// "The last five years" are the days after the as-of date five years earlier, up to the as-of date. The total is
/// rounded to the nearest whole number (halves up).
public struct PartnershipHealth: Sendable, Hashable {
    /// The score, 0–100.
    public var score: Int
    /// Points for recency (0–40).
    public var recency: Double
    /// Points for frequency (0–30).
    public var frequency: Double
    /// Points for breadth (0–15).
    public var breadth: Double
    /// Points for leader-level contact (0 or 15).
    public var leaders: Double
    /// Exchanges in the last five years.
    public var recentExchanges: Int
    /// Distinct domains among them.
    public var domains: Int
    /// Days since the last exchange, if any.
    public var daysSinceLast: Int?

    /// The health of a partner with `exchanges` (any order; later than `asOf` ignored) at `asOf`.
    public init(exchanges: [Exchange], asOf: Day) {
        let past = exchanges.map(\.draft).filter { $0.start <= asOf }
        let windowStart = asOf.yearsBefore(5) ?? asOf
        let recent = past.filter { $0.start > windowStart }
        daysSinceLast = past.map(\.start).max().map { asOf.ordinal - $0.ordinal }
        if let days = daysSinceLast {
            recency = days <= 365 ? 40 : max(0, 40 * Double(1825 - days) / Double(1825 - 365))
        } else {
            recency = 0
        }
        recentExchanges = recent.count
        frequency = 3 * Double(min(recent.count, 10))
        domains = Set(recent.flatMap(\.domains)).count
        breadth = 3 * Double(min(domains, 5))
        leaders = recent.contains { $0.rank?.isCityOrAbove == true } ? 15 : 0
        score = Int((recency + frequency + breadth + leaders + 0.5).rounded(.down))
    }
}
