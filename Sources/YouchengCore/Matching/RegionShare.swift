/// A home's partnerships in one continent or country group against its target share (the thin-regions table).
///
/// The gap is the fewest new partnerships in the region that bring its share to the target, counting that each new
/// one also adds to the total: the smallest `n` with `100 × (count + n) ≥ target × (total + n)`, that is
/// `⌈(target × total − 100 × count) ÷ (100 − target)⌉`. A home with no partnership at all is 1 short everywhere.
public struct RegionShare: Sendable, Hashable {
    /// Continent or group.
    public var scope: TargetShare.Scope
    /// Its code.
    public var code: String
    /// Its name in both languages.
    public var name: Bilingual
    /// The target share in whole percent.
    public var target: Int
    /// The home's partnerships (not ended) in the region.
    public var count: Int
    /// All the home's partnerships (not ended).
    public var total: Int

    /// Creates a row.
    public init(scope: TargetShare.Scope, code: String, name: Bilingual, target: Int, count: Int, total: Int) {
        self.scope = scope
        self.code = code
        self.name = name
        self.target = target
        self.count = count
        self.total = total
    }

    /// New partnerships needed in the region to reach the target (0 when it is reached).
    public var gap: Int {
        if total == 0 { return 1 }
        let short = target * total - 100 * count
        guard short > 0 else { return 0 }
        return (short + (100 - target) - 1) / (100 - target)
    }

    /// Whether the region is below its target.
    public var isThin: Bool { gap > 0 }

    /// The actual share as a percentage with one decimal (`20.0`); `0.0` with no partnership.
    public var shareText: String {
        guard total > 0 else { return "0.0" }
        let tenths = (count * 1000 + total / 2) / total
        return "\(tenths / 10).\(tenths % 10)"
    }

    /// The thin-region points this region gives a city in it: `thinRegion × shortfall ÷ (target × total)`, rounded
    /// down, where the shortfall is `target × total − 100 × count`; all of them when the home has no partnership.
    public var points: Int {
        if total == 0 { return MatchPoints.thinRegion }
        let short = target * total - 100 * count
        guard short > 0 else { return 0 }
        return MatchPoints.thinRegion * short / (target * total)
    }
}
