import Testing
import YouchengCore

/// The scorecard of ``IndicatorFixture``'s 2025, worked by hand.
@Suite struct ScorecardTests {
    let card = Scorecard(facts: IndicatorFixture.facts(), unitIds: [1, 2, 3])

    func row(_ id: Int64) -> Scorecard.Row? { card.rows.first { $0.unitId == id } }

    @Test func eachUnitGetsItsOwnFigures() throws {
        let one = try #require(row(1))
        // Exchanges 2 + 1; tasks t1 (on time) and t2 (late); answers 3 of 4; reports 2 of 4; projects p1 and p3
        // signed, p1 landed; prospect q1 advanced.
        #expect((one.exchanges, one.tasksLed, one.tasksOnTime) == (3, 2, 1))
        #expect(one.answers?.onTime == 3 && one.reports?.reported == 2)
        #expect((one.projectsSigned, one.projectsLanded, one.prospectsAdvanced) == (2, 1, 1))
        let two = try #require(row(2))
        // Three events; t3 not done; p4 signed only in 2026, p2 landed 2025; q5 advanced.
        #expect((two.exchanges, two.tasksLed, two.tasksOnTime) == (3, 1, 0))
        #expect((two.projectsSigned, two.projectsLanded, two.prospectsAdvanced) == (0, 1, 1))
        #expect(two.reports == nil)
    }

    @Test func aUnitWithNothingHasZerosAndNoRates() throws {
        let three = try #require(row(3))
        #expect((three.exchanges, three.tasksLed) == (0, 0))
        #expect(three.answers == nil && three.reports == nil && three.tasksOnTimeShare == nil)
    }

    @Test func projectsAndProspectsNotRecordedAreNilForEveryUnit() {
        let card = Scorecard(facts: IndicatorFixture.facts(projects: nil, prospects: nil), unitIds: [1])
        #expect(card.rows[0].projectsSigned == nil && card.rows[0].prospectsAdvanced == nil)
    }

    @Test func sortingByARatePutsUnitsWithoutOneLastEitherWay() {
        let names: [Int64: String] = [1: "甲", 2: "乙", 3: "丙"]
        // Answers: unit 1 75%, unit 2 0%, unit 3 none.
        #expect(card.sorted(by: .answers, descending: true, names: names).map(\.unitId) == [1, 2, 3])
        #expect(card.sorted(by: .answers, descending: false, names: names).map(\.unitId) == [2, 1, 3])
    }

    @Test func tiesGoByName() {
        // Exchanges: units 1 and 2 both 3; 乙 (U+4E59) sorts before 甲 (U+7532).
        let names: [Int64: String] = [1: "甲", 2: "乙", 3: "丙"]
        #expect(card.sorted(by: .exchanges, descending: true, names: names).map(\.unitId) == [2, 1, 3])
    }

    @Test func unitsWithFiguresIncludeThoseOnlyReporting() {
        #expect(Scorecard.unitsWithFigures(IndicatorFixture.facts()) == [1, 2])
    }
}
