/// The five shades of a choropleth: a count's step is its share of the largest count, in fifths rounded up, so the
/// largest count is always step 5 and any count above zero at least step 1; zero is step 0 (unshaded).
public struct MapShading: Sendable, Equatable {
    /// One shade of the legend and the counts it stands for.
    public struct Step: Sendable, Equatable {
        /// 1 to 5.
        public var step: Int
        /// The smallest count with this shade.
        public var low: Int
        /// The largest count with this shade.
        public var high: Int
    }

    /// The number of shades.
    public static let steps = 5
    /// The largest count on the map.
    public let maxCount: Int

    /// The shading of a map whose largest count is `maxCount`.
    public init(maxCount: Int) { self.maxCount = max(0, maxCount) }

    /// The shade of `count`: 0 for none, else 1…5.
    public func step(_ count: Int) -> Int {
        guard count > 0, maxCount > 0 else { return 0 }
        return min(Self.steps, (Self.steps * count + maxCount - 1) / maxCount)
    }

    /// The legend: each shade some count has, with its range of counts.
    public var legend: [Step] {
        guard maxCount > 0 else { return [] }
        return (1...Self.steps).compactMap { step in
            let low = maxCount * (step - 1) / Self.steps + 1
            let high = maxCount * step / Self.steps
            return low <= high ? Step(step: step, low: low, high: high) : nil
        }
    }
}
