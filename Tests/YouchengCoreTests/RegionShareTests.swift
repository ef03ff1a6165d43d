import Testing
import YouchengCore

@Suite struct RegionShareTests {
    private func region(target: Int, count: Int, total: Int) -> RegionShare {
        RegionShare(
            scope: .continent, code: "europe", name: Bilingual(zh: "欧洲", en: "Europe"), target: target,
            count: count, total: total)
    }

    @Test func theGapCountsThatNewPartnershipsAlsoGrowTheTotal() {
        // 2 of 10 in Europe, target 30%: n ≥ (300 − 200) ÷ 70 = 1.43 → 2 (4 of 12 = 33% ≥ 30%; 3 of 11 = 27% is not).
        #expect(region(target: 30, count: 2, total: 10).gap == 2)
        // 3 of 10 is exactly 30%: no gap.
        #expect(region(target: 30, count: 3, total: 10).gap == 0)
        // 0 of 3, target 40%: (120 − 0) ÷ 60 = 2 exactly (2 of 5 = 40%).
        #expect(region(target: 40, count: 0, total: 3).gap == 2)
    }

    @Test func aHomeWithoutPartnershipsIsOneShortEverywhereAndGetsAllThePoints() {
        let empty = region(target: 30, count: 0, total: 0)
        #expect(empty.gap == 1)
        #expect(empty.isThin)
        #expect(empty.points == 25)
        #expect(empty.shareText == "0.0")
    }

    @Test func pointsAreTheShortfallOfTheTargetRoundedDown() {
        // 2 of 10, target 30%: 25 × (300 − 200) ÷ 300 = 8.33 → 8.
        #expect(region(target: 30, count: 2, total: 10).points == 8)
        // 1 of 3, target 35%: 25 × (105 − 100) ÷ 105 = 1.19 → 1.
        #expect(region(target: 35, count: 1, total: 3).points == 1)
        // At or above the target: 0.
        #expect(region(target: 30, count: 1, total: 3).points == 0)
    }

    @Test func theShareIsShownWithOneDecimal() {
        // 1 of 3 = 33.33…% → 33.3; 2 of 3 = 66.67% → 66.7.
        #expect(region(target: 30, count: 1, total: 3).shareText == "33.3")
        #expect(region(target: 30, count: 2, total: 3).shareText == "66.7")
    }
}
