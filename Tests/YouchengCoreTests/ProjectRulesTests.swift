import Testing
import YouchengCore

/// The stalled rule at its boundary and the stage moves (order, skips, steps back only with a reason, dates).
@Suite struct ProjectRulesTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    // 2026-01-01 + 90 days: January has 31, February 28, March 31 → 31 + 28 + 31 = 90 → 2026-04-01.
    @Test func anOpenProjectNinetyDaysWithoutAnUpdateIsNotYetStalled() {
        #expect(
            !ProjectRules.isStalled(stage: .intent, lastUpdate: day("2026-01-01"), asOf: day("2026-04-01"), days: 90))
    }

    @Test func anOpenProjectNinetyOneDaysWithoutAnUpdateIsStalled() {
        #expect(
            ProjectRules.isStalled(stage: .intent, lastUpdate: day("2026-01-01"), asOf: day("2026-04-02"), days: 90))
    }

    @Test func theCutoffIsTheLastUpdateDayThatIsStalled() {
        // Stalled on 2026-04-02 with 90 days means last updated on or before 2026-01-01 (91 days before).
        #expect(ProjectRules.stalledCutoff(asOf: day("2026-04-02"), days: 90) == day("2026-01-01"))
    }

    @Test func completedShelvedAndEndedProjectsAreNeverStalled() {
        for stage in [ProjectStage.completed, .shelved, .ended] {
            #expect(
                !ProjectRules.isStalled(stage: stage, lastUpdate: day("2020-01-01"), asOf: day("2026-04-02"), days: 90))
        }
    }

    @Test func aShorterThresholdStallsSooner() {
        // 2026-03-01 → 2026-04-02 is 31 + 1 = 32 days: stalled at 30 days, not at 90.
        #expect(ProjectRules.isStalled(stage: .lead, lastUpdate: day("2026-03-01"), asOf: day("2026-04-02"), days: 30))
        #expect(!ProjectRules.isStalled(stage: .lead, lastUpdate: day("2026-03-01"), asOf: day("2026-04-02"), days: 90))
    }

    @Test func forwardMovesMaySkipStagesWithoutAReason() {
        let refused = ProjectRules.checkMove(
            from: .lead, since: day("2026-01-01"), to: .signed, date: day("2026-02-01"), reason: "",
            today: day("2026-03-01"))
        #expect(refused == nil)
    }

    @Test func aStepBackNeedsAReason() {
        let without = ProjectRules.checkMove(
            from: .signed, since: day("2026-01-01"), to: .intent, date: day("2026-02-01"), reason: "  ",
            today: day("2026-03-01"))
        let with = ProjectRules.checkMove(
            from: .signed, since: day("2026-01-01"), to: .intent, date: day("2026-02-01"), reason: "合同重新谈判",
            today: day("2026-03-01"))
        #expect(without == .reasonRequired(from: .signed, to: .intent))
        #expect(with == nil)
    }

    @Test func reopeningAShelvedOrCompletedProjectIsAStepBack() {
        #expect(ProjectRules.isStepBack(from: .shelved, to: .intent))
        #expect(ProjectRules.isStepBack(from: .completed, to: .landed))
        #expect(ProjectRules.isStepBack(from: .ended, to: .lead))
        #expect(!ProjectRules.isStepBack(from: .landed, to: .shelved))
        #expect(!ProjectRules.isStepBack(from: .intent, to: .ended))
    }

    @Test func aMoveToTheSameStageOrDatedOutsideItsRangeIsRefused() {
        let since = day("2026-02-01")
        let today = day("2026-03-01")
        #expect(
            ProjectRules.checkMove(from: .intent, since: since, to: .intent, date: today, reason: "", today: today)
                == .sameStage(.intent))
        #expect(
            ProjectRules.checkMove(
                from: .intent, since: since, to: .signed, date: day("2026-01-31"), reason: "", today: today)
                == .dateBeforeStage(since))
        #expect(
            ProjectRules.checkMove(
                from: .intent, since: since, to: .signed, date: day("2026-03-02"), reason: "", today: today)
                == .futureDate(today))
        #expect(
            ProjectRules.checkMove(from: .intent, since: since, to: .signed, date: since, reason: "", today: today)
                == nil)
    }
}
