import Testing
import YouchengCore

/// The status rule at its boundaries: close is within 10% of the target.
@Suite struct IndicatorStatusTests {
    func status(_ actual: Double?, _ target: Double?, _ direction: IndicatorDirection = .higher) -> IndicatorStatus? {
        IndicatorStatus.judge(actual: actual, target: target, direction: direction)
    }

    @Test func higherIsBetterMetAtTheTargetCloseDownToNinetyPercent() {
        // Target 10: 10 met; 9 = 90% close; 8.99 behind.
        #expect(status(10, 10) == .met)
        #expect(status(12, 10) == .met)
        #expect(status(9, 10) == .close)
        #expect(status(8.99, 10) == .behind)
    }

    @Test func lowerIsBetterMetAtTheTargetCloseUpToHundredTenPercent() {
        // Target 10: 10 met; 11 = 110% close; 11.01 behind.
        #expect(status(8, 10, .lower) == .met)
        #expect(status(11, 10, .lower) == .close)
        #expect(status(11.01, 10, .lower) == .behind)
    }

    @Test func noTargetOrNoActualHasNoStatus() {
        #expect(status(nil, 10) == nil)
        #expect(status(3, nil) == nil)
    }

    @Test func labelsAreWordsInBothLanguages() {
        #expect(IndicatorStatus.met.label == Bilingual(zh: "达标", en: "met"))
        #expect(IndicatorStatus.behind.label == Bilingual(zh: "落后", en: "behind"))
    }
}
