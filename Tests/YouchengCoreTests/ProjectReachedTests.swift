import Testing
import YouchengCore

/// The one rule of when a project reached a stage (`ProjectRules+Reached`), on hand-made histories with skips, back
/// steps, shelving and ending, and the indicators and the funnel counting by it alike.
@Suite struct ProjectReachedTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    func history(_ changes: [(ProjectStage, String)]) -> [ProjectStageChange] {
        changes.map { ProjectStageChange(stage: $0.0, date: day($0.1), by: "t") }
    }

    func reachedDay(_ stage: ProjectStage, _ changes: [(ProjectStage, String)]) -> Day? {
        ProjectRules.reachedDay(stage, in: history(changes))
    }

    @Test func aStageReachesItselfAndEveryEarlierTrackStageOnly() {
        #expect(ProjectStage.landed.reaches(.lead) && ProjectStage.landed.reaches(.signed))
        #expect(ProjectStage.landed.reaches(.landed) && !ProjectStage.landed.reaches(.completed))
        #expect(!ProjectStage.intent.reaches(.signed))
        // Shelved and ended are off the track: each reaches only itself, and no track stage reaches them.
        #expect(!ProjectStage.shelved.reaches(.lead) && !ProjectStage.ended.reaches(.signed))
        #expect(ProjectStage.shelved.reaches(.shelved) && !ProjectStage.completed.reaches(.ended))
    }

    @Test func skippingFromIntentToLandedReachesSignedOnTheLandingDay() {
        let skip: [(ProjectStage, String)] = [(.lead, "2023-05-01"), (.intent, "2023-09-01"), (.landed, "2024-03-01")]
        #expect(reachedDay(.intent, skip) == day("2023-09-01"))
        #expect(reachedDay(.signed, skip) == day("2024-03-01"))
        #expect(reachedDay(.landed, skip) == day("2024-03-01"))
        #expect(reachedDay(.completed, skip) == nil)
    }

    @Test func completingStraightFromSignedReachesLandedOnTheCompletionDay() {
        // Entered at signed on 2022-01-10: lead and intent are reached that day too.
        let straight: [(ProjectStage, String)] = [(.signed, "2022-01-10"), (.completed, "2024-06-30")]
        #expect(reachedDay(.lead, straight) == day("2022-01-10"))
        #expect(reachedDay(.intent, straight) == day("2022-01-10"))
        #expect(reachedDay(.landed, straight) == day("2024-06-30"))
        #expect(reachedDay(.completed, straight) == day("2024-06-30"))
    }

    @Test func aBackStepAndAReturnKeepTheFirstDay() {
        // Signed 2022-06-01, back to intent 2023-01-15, signed again 2023-04-01: signed stays 2022-06-01.
        let back: [(ProjectStage, String)] = [
            (.lead, "2022-02-01"), (.signed, "2022-06-01"), (.intent, "2023-01-15"), (.signed, "2023-04-01"),
            (.landed, "2024-02-01"),
        ]
        #expect(reachedDay(.signed, back) == day("2022-06-01"))
        #expect(reachedDay(.intent, back) == day("2022-06-01"))
        #expect(reachedDay(.landed, back) == day("2024-02-01"))
    }

    @Test func shelvingAndEndingKeepWhatWasReachedBefore() {
        let stopped: [(ProjectStage, String)] = [
            (.lead, "2021-03-01"), (.signed, "2021-08-01"), (.shelved, "2022-01-01"), (.ended, "2023-01-01"),
        ]
        #expect(reachedDay(.signed, stopped) == day("2021-08-01"))
        #expect(reachedDay(.landed, stopped) == nil)
        #expect(reachedDay(.shelved, stopped) == day("2022-01-01"))
        // Entered shelved and never on the track: no track stage reached.
        #expect(reachedDay(.lead, [(.shelved, "2024-01-01")]) == nil)
    }

    @Test func theFurthestStageIsTheLastTrackStageReached() {
        #expect(ProjectRules.reached([.lead, .intent, .landed, .shelved]) == .landed)
        #expect(ProjectRules.reached([.completed, .intent]) == .completed)
        #expect(ProjectRules.reached([.ended, .intent]) == .intent)
        #expect(ProjectRules.reached([.lead, .signed, .shelved]) == .signed)
        #expect(ProjectRules.reached([.lead, .intent, .signed, .intent]) == .signed)
        #expect(ProjectRules.reached([.shelved]) == .lead)
    }

    @Test func theIndicatorsAndTheFunnelCountASkipAlike() {
        // a: lead 2023-11-01, intent 2024-01-10, landed 2024-05-01 (skips signed).
        // b: lead 2024-02-01, signed 2024-03-01, shelved 2024-09-01.
        // c: lead 2024-04-01, intent 2024-06-01, back to lead 2024-07-01.
        let histories: [(Int64, [(ProjectStage, String)])] = [
            (1, [(.lead, "2023-11-01"), (.intent, "2024-01-10"), (.landed, "2024-05-01")]),
            (2, [(.lead, "2024-02-01"), (.signed, "2024-03-01"), (.shelved, "2024-09-01")]),
            (3, [(.lead, "2024-04-01"), (.intent, "2024-06-01"), (.lead, "2024-07-01")]),
        ]
        let facts = IndicatorFacts(
            year: 2024,
            projectHistories: histories.map { StageHistory(subjectId: $0.0, unitId: 1, changes: history($0.1)) })
        // Signed in 2024: a (on landing) and b = 2; landed in 2024: a = 1.
        #expect(facts.value(.projectsSigned) == 2 && facts.value(.projectsLanded) == 1)
        // The funnel: reached lead 3, intent a, b, c = 3, signed a, b = 2, landed a = 1, completed 0.
        let summaries = histories.map { id, changes in
            ProjectSummary(
                id: id, draft: ProjectDraft(title: "P\(id)", partnerIds: [1], unitId: 1, kind: .trade),
                stage: changes.last!.0, since: day(changes.last!.1), lastUpdate: day(changes.last!.1),
                reached: ProjectRules.reached(changes.map(\.0)))
        }
        #expect(ProjectFunnel(summaries).steps.map(\.reached) == [3, 3, 2, 1, 0])
    }
}
