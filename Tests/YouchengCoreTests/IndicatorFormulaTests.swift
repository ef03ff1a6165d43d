import Testing
import YouchengCore

/// Every formula on ``IndicatorFixture``'s year 2025, worked by hand in each test.
@Suite struct IndicatorFormulaTests {
    let facts = IndicatorFixture.facts()

    func value(_ formula: IndicatorFormula) -> Double? { facts.value(formula) }

    @Test func newPartnershipsCountThoseEstablishedInTheYearWhateverTheirStatus() {
        // Only partnership 1 (2025-03-01); 3 is dated 2026.
        #expect(value(.newPartnerships) == 1)
    }

    @Test func totalCountsPartnershipsNotEndedAndEstablishedByTheYearsEndOrUndated() {
        // 1, 2, 5 (undated), 6; not 3 (2026) nor 4 (ended).
        #expect(value(.totalPartnerships) == 4)
    }

    @Test func countriesAreThoseOfTheStandingPartnerships() {
        // JP (1), US (2), DE (5), KR (6); FR only has the ended 4.
        #expect(value(.countriesCovered) == 4)
    }

    @Test func districtShareCountsDistrictsWithAStandingPartnershipUnderThem() throws {
        // Districts of 南京市: 玄武区, 秦淮区, 建邺区. Standing homes: 南京市 (the city itself, no district), 玄武区.
        // 秦淮区's partnership is 2026, 建邺区's ended. 1 of 3 = 33.33…%.
        let share = try #require(value(.districtsCoveredShare))
        #expect(abs(share - 100.0 / 3) < 1e-9)
    }

    @Test func districtShareIsNotAvailableWithoutDistricts() {
        var facts = self.facts
        facts.directory = LocalityDirectory(localities: [IndicatorFixture.city])
        #expect(facts.value(.districtsCoveredShare) == nil)
    }

    @Test func exchangesAndDelegationsAddTheTalliesOfEveryUnit() {
        // 2 + 1 + 3 + 1 = 7; incoming 2; outgoing 1 (unit 1) + 1 (no unit) = 2.
        #expect(value(.exchanges) == 7)
        #expect(value(.incomingDelegations) == 2)
        #expect(value(.outgoingDelegations) == 2)
    }

    @Test func dormantShareIsDormantOverActiveStandingPartnerships() throws {
        // Active standing: 1, 2, 6 (5 is suspended). Cut-off 2022-12-31. 1 is too young; 2 (2010) last met
        // 2021-05-01, before the cut-off: dormant; 6 met 2023-01-01: awake. 1 of 3.
        let share = try #require(value(.dormantShare))
        #expect(abs(share - 100.0 / 3) < 1e-9)
    }

    @Test func tasksDoneOnTimeCountsADoneReportOnTheDueDayAsOnTime() {
        // t1 done on its due day (on time), t2 a day late, t3 not done: 1 of 3.
        #expect(value(.tasksDoneOnTime).map { abs($0 - 100.0 / 3) < 1e-9 } == true)
    }

    @Test func noticesAnsweredOnTimeAddsEveryUnitsAnswers() {
        // (3 + 0) of (4 + 1) = 60%.
        #expect(value(.noticesAnsweredOnTime) == 60)
    }

    @Test func projectsSignedAndLandedCountProjectsReachingTheStageInTheYear() {
        // Signed in 2025: p1, p3 (p2 in 2024, p4 in 2026). Landed in 2025: p1, p2.
        #expect(value(.projectsSigned) == 2)
        #expect(value(.projectsLanded) == 2)
    }

    @Test func prospectsAdvancedCountForwardMovesBeyondTheFurthestStageOnly() {
        // q1 identified → contacted (2025): yes. q2 entry only: no. q3 went back and returned: no. q4 shelved: no.
        // q5 contacted → negotiating on 31 December: yes. 2.
        #expect(value(.prospectsAdvanced) == 2)
    }

    @Test func projectsAndProspectsNotRecordedAreNotAvailableNotZero() {
        let facts = IndicatorFixture.facts(projects: nil, prospects: nil)
        #expect(facts.value(.projectsSigned) == nil)
        #expect(facts.value(.projectsLanded) == nil)
        #expect(facts.value(.prospectsAdvanced) == nil)
    }

    @Test func sharesOfNothingAreNotAvailable() {
        let empty = IndicatorFacts(year: 2025)
        #expect(empty.value(.tasksDoneOnTime) == nil)
        #expect(empty.value(.noticesAnsweredOnTime) == nil)
        #expect(empty.value(.dormantShare) == nil)
        #expect(empty.value(.exchanges) == 0)
    }
}
