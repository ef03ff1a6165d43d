/// Where an indicator stands against its target for a year, written out in words (never colour alone).
public enum IndicatorStatus: String, Sendable, CaseIterable, Hashable, Codable {
    /// 达标: the target is reached.
    case met
    /// 接近: not reached, but within ``closeTenths`` tenths of it.
    case close
    /// 落后: further from the target than that.
    case behind

    /// How near a figure must be to count as close, in tenths of the target: within 1/10 (10%) of it.
    public static let closeTenths = 1.0

    /// The status of `actual` against `target` for an indicator going `direction`; nil when either is missing.
    /// Higher is better: met when actual ≥ target, close when actual ≥ 90% of target, otherwise behind.
    /// Lower is better: met when actual ≤ target, close when actual ≤ 110% of target, otherwise behind.
    public static func judge(actual: Double?, target: Double?, direction: IndicatorDirection) -> IndicatorStatus? {
        guard let actual, let target else { return nil }
        switch direction {
        case .higher:
            if actual >= target { return .met }
            // Compared in tenths (actual × 10 against target × 9), so whole figures are compared exactly.
            return actual * 10 >= target * (10 - closeTenths) ? .close : .behind
        case .lower:
            if actual <= target { return .met }
            return actual * 10 <= target * (10 + closeTenths) ? .close : .behind
        }
    }

    /// 达标 / met, 接近 / close, 落后 / behind.
    public var label: Bilingual {
        switch self {
        case .met: Bilingual(zh: "达标", en: "met")
        case .close: Bilingual(zh: "接近", en: "close")
        case .behind: Bilingual(zh: "落后", en: "behind")
        }
    }
}
