import Testing
import YouchengCore

/// The funnel's counts and conversions, worked by hand, overall and by partner.
@Suite struct ProjectFunnelTests {
    func project(_ id: Int64, _ stage: ProjectStage, reached: ProjectStage, partners: [Int64] = [1]) -> ProjectSummary {
        let day = Day(year: 2026, month: 1, day: 1)!
        return ProjectSummary(
            id: id, draft: ProjectDraft(title: "P\(id)", partnerIds: partners, unitId: 1, kind: .trade), stage: stage,
            since: day, lastUpdate: day, reached: reached)
    }

    /// Ten projects: 4 leads, 2 intents, 1 signed, 1 landed, 1 completed, 1 shelved after signing.
    var ten: [ProjectSummary] {
        (1...4).map { project($0, .lead, reached: .lead) } + [
            project(5, .intent, reached: .intent), project(6, .intent, reached: .intent),
            project(7, .signed, reached: .signed), project(8, .landed, reached: .landed),
            project(9, .completed, reached: .completed), project(10, .shelved, reached: .signed),
        ]
    }

    @Test func eachStageCountsTheProjectsThatReachedItOrLater() {
        let funnel = ProjectFunnel(ten)
        // Reached lead: all 10. Intent: 10 − 4 leads = 6. Signed: 7, 8, 9, 10 = 4. Landed: 8, 9 = 2. Completed: 9 = 1.
        #expect(funnel.steps.map(\.reached) == [10, 6, 4, 2, 1])
        #expect(funnel.steps.map(\.current) == [4, 2, 1, 1, 1])
        #expect(funnel.shelved == 1 && funnel.ended == 0 && funnel.total == 10)
    }

    @Test func theConversionIsTheShareOfThoseThatReachedAStageWhoReachedTheNext() {
        let funnel = ProjectFunnel(ten)
        // lead→intent 6/10 = 60 %; intent→signed 4/6 = 66.7 → 67 %; signed→landed 2/4 = 50 %; landed→completed
        // 1/2 = 50 %; completed has no next stage.
        #expect(funnel.steps.map(\.conversionPercent) == [60, 67, 50, 50, nil])
    }

    @Test func noProjectMeansNoConversion() {
        #expect(ProjectFunnel([]).steps.map(\.conversionPercent) == [nil, nil, nil, nil, nil])
    }

    @Test func aProjectWithTwoPartnersCountsForEach() {
        let projects = [
            project(1, .signed, reached: .signed, partners: [1, 2]), project(2, .lead, reached: .lead, partners: [2]),
        ]
        let groups = ProjectFunnel.grouped(projects) { $0.draft.partnerIds }
        // Partner 2 has both projects (1 of 2 reached intent: 50 %); partner 1 only the signed one.
        #expect(groups.map(\.key) == [2, 1])
        #expect(groups[0].funnel.total == 2 && groups[0].funnel.steps[0].conversionPercent == 50)
        #expect(groups[1].funnel.total == 1 && groups[1].funnel.steps[1].reached == 1)
    }
}
