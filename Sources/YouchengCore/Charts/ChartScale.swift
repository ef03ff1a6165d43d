/// Axis scales for charts of counts: "nice" tick values and the mapping of a count to a length.
public enum ChartScale {
    /// Tick values from 0 up to the first tick at or above `max`, spaced by 1, 2 or 5 times a power of ten so that
    /// there are at most `target` steps. A max of 0 (or less) gives `[0, 1]`, so an empty axis still has a top.
    ///
    /// Max 7 gives 0, 2, 4, 6, 8; max 23 gives 0, 5 … 25; max 1000 gives 0, 200 … 1000.
    public static func ticks(max: Int, target: Int = 5) -> [Int] {
        guard max > 0 else { return [0, 1] }
        let step = niceStep(max: max, target: Swift.max(1, target))
        let top = (max + step - 1) / step * step
        return Array(stride(from: 0, through: top, by: step))
    }

    /// The smallest of 1, 2, 5, 10, 20, 50 … whose `target` steps reach `max`.
    static func niceStep(max: Int, target: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] where factor * magnitude * target >= max { return factor * magnitude }
            magnitude *= 10
        }
    }

    /// `value` as a length on an axis whose top (`top`, the last tick) is `length` long; 0 for a top of 0.
    public static func length(_ value: Int, top: Int, length: Double) -> Double {
        top > 0 ? Double(value) / Double(top) * length : 0
    }

    /// The running totals of `values`: `[2, 0, 3]` gives `[2, 2, 5]`.
    public static func cumulative(_ values: [Int]) -> [Int] {
        var total = 0
        return values.map { value in
            total += value
            return total
        }
    }

    /// Whole-number percentages of `values` that sum to exactly 100 (when any value is positive): each share is
    /// rounded down, then the points left over go to the largest remainders (earlier first on a tie).
    /// `[1, 1, 1]` gives `[34, 33, 33]`; all zeros give all zeros.
    public static func percentShares(_ values: [Int]) -> [Int] {
        let total = values.reduce(0) { $0 + Swift.max(0, $1) }
        guard total > 0 else { return values.map { _ in 0 } }
        let exact = values.map { Swift.max(0, $0) * 100 }
        var shares = exact.map { $0 / total }
        let left = 100 - shares.reduce(0, +)
        let byRemainder = exact.indices.sorted { (exact[$0] % total, $1) > (exact[$1] % total, $0) }
        for index in byRemainder.prefix(left) { shares[index] += 1 }
        return shares
    }
}

extension ChartScale {
    /// Label every n-th band so that at most `maxLabels` labels show: 38 years with 10 labels gives every 4th.
    public static func labelEvery(count: Int, maxLabels: Int) -> Int {
        guard count > 0, maxLabels > 0 else { return 1 }
        return Swift.max(1, (count + maxLabels - 1) / maxLabels)
    }
}
