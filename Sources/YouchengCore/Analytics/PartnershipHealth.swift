/// A partnership's health, 0–100, from its partner's exchanges up to the as-of date and its cooperation projects:
///
/// - recency, up to 35: 35 when the last exchange started within the past 365 days, falling linearly to 0 at five
///   years (1,825 days) without one; 0 with none;
/// - frequency, up to 25: 2.5 for each exchange in the last five years, at most 10 counted;
/// - breadth, up to 10: 2 for each distinct domain of those exchanges, at most 5 counted;
/// - leader-level contact, 10: when one of those exchanges was led at 市级 (city) rank or above;
/// - results, up to 20: 5 for each project with the partner that reached signed (签约) or a later stage, and 5 more
///   for each that reached landed (落地) or later, at most 20 in all. Projects count as recorded (their furthest
///   stage, even if shelved or ended since), whatever the as-of date.
///
/// "The last five years" are the days after the as-of date five years earlier, up to the as-of date. The total is
/// rounded to the nearest whole number (halves up).
public struct PartnershipHealth: Sendable, Hashable {
    /// The score, 0–100.
    public var score: Int
    /// Points for recency (0–35).
    public var recency: Double
    /// Points for frequency (0–25).
    public var frequency: Double
    /// Points for breadth (0–10).
    public var breadth: Double
    /// Points for leader-level contact (0 or 10).
    public var leaders: Double
    /// Points for results (0–20).
    public var results: Double
    /// Exchanges in the last five years.
    public var recentExchanges: Int
    /// Distinct domains among them.
    public var domains: Int
    /// Days since the last exchange, if any.
    public var daysSinceLast: Int?
    /// Projects with the partner that reached signed or later.
    public var signedProjects: Int
    /// Of them, those that reached landed or later.
    public var landedProjects: Int

    /// The health of a partner with `exchanges` (any order; later than `asOf` ignored) and `projects` at `asOf`.
    public init(exchanges: [Exchange], projects: [ProjectSummary] = [], asOf: Day) {
        let past = exchanges.map(\.draft).filter { $0.start <= asOf }
        let windowStart = asOf.yearsBefore(5) ?? asOf
        let recent = past.filter { $0.start > windowStart }
        daysSinceLast = past.map(\.start).max().map { asOf.ordinal - $0.ordinal }
        if let days = daysSinceLast {
            recency = days <= 365 ? 35 : max(0, 35 * Double(1825 - days) / Double(1825 - 365))
        } else {
            recency = 0
        }
        recentExchanges = recent.count
        frequency = 2.5 * Double(min(recent.count, 10))
        domains = Set(recent.flatMap(\.domains)).count
        breadth = 2 * Double(min(domains, 5))
        leaders = recent.contains { $0.rank?.isCityOrAbove == true } ? 10 : 0
        signedProjects = projects.filter { $0.reached.reaches(.signed) }.count
        landedProjects = projects.filter { $0.reached.reaches(.landed) }.count
        results = min(20, 5 * Double(signedProjects + landedProjects))
        score = Int((recency + frequency + breadth + leaders + results + 0.5).rounded(.down))
    }
}
