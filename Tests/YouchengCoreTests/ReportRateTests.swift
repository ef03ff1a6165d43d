import Testing
import YouchengCore

/// The on-time report rate at its boundaries: which quarters have ended, which tasks were open in a quarter, which
/// reports count, and the rounding.
@Suite struct ReportRateTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    let plan = Plan(
        id: 1,
        draft: PlanDraft(
            title: "2026年度计划", from: Day(year: 2026, month: 1, day: 1)!, to: Day(year: 2026, month: 12, day: 31)!))

    func task(_ id: Int64, lead: Int64 = 1, due: String? = nil, status: PlanTaskStatus = .inProgress) -> PlanTask {
        PlanTask(
            id: id, planId: 1,
            draft: PlanTaskDraft(
                number: "\(id)", title: "任务\(id)", leadUnitId: lead, cooperatingUnitIds: [2], due: due.map(day)),
            status: status)
    }

    func report(_ task: Int64, unit: Int64 = 1, _ date: String, _ status: PlanTaskStatus = .inProgress)
        -> ReportRate.Entry
    {
        ReportRate.Entry(taskId: task, unitId: unit, day: day(date), status: status)
    }

    func rates(asOf: String, tasks: [PlanTask], reports: [ReportRate.Entry], plans: [Plan]? = nil) -> [ReportRate] {
        ReportRate.rates(year: 2026, asOf: day(asOf), plans: plans ?? [plan], tasks: tasks, reports: reports)
    }

    @Test func aQuarterCountsOnlyOnceItsLastDayHasPassed() {
        #expect(ReportRate.endedQuarters(year: 2026, asOf: day("2026-03-31")).isEmpty)
        #expect(ReportRate.endedQuarters(year: 2026, asOf: day("2026-04-01")).map(\.index) == [1])
        #expect(ReportRate.endedQuarters(year: 2026, asOf: day("2027-01-01")).map(\.index) == [1, 2, 3, 4])
        #expect(rates(asOf: "2026-03-31", tasks: [task(1)], reports: []).isEmpty)
    }

    @Test func aReportOnTheQuartersFirstDayCountsAndOneOnTheDayBeforeDoesNot() {
        // Q1 reported on 1 January; Q2 only on 31 March, which is Q1's; Q3 on 30 September, its last day.
        let result = rates(
            asOf: "2026-10-01", tasks: [task(1)],
            reports: [report(1, "2026-01-01"), report(1, "2026-03-31"), report(1, "2026-09-30")])
        #expect(result == [ReportRate(unitId: 1, required: 3, reported: 2)])
        #expect(result.first?.percent == 67)
    }

    @Test func onlyTheLeadUnitsOwnReportsCountAndOnlyTheLeadHasARate() {
        let result = rates(asOf: "2026-04-01", tasks: [task(1)], reports: [report(1, unit: 2, "2026-02-01")])
        #expect(result == [ReportRate(unitId: 1, required: 1, reported: 0)])
        #expect(result.first?.percent == 0)
    }

    @Test func aTaskDoneBeforeAQuarterStartedIsNotRequiredInItButIsInTheQuarterItWasDone() {
        // Done on 15 May (Q2): required in Q1 and Q2, not in Q3 or Q4.
        let result = rates(
            asOf: "2027-01-01", tasks: [task(1, status: .done)],
            reports: [report(1, "2026-02-10"), report(1, "2026-05-15", .done)])
        #expect(result == [ReportRate(unitId: 1, required: 2, reported: 2)])
    }

    @Test func aCancelledTaskWithoutAnyReportIsNeverRequired() {
        #expect(rates(asOf: "2027-01-01", tasks: [task(1, status: .cancelled)], reports: []).isEmpty)
    }

    @Test func aTaskDueBeforeAQuarterStartsIsNotRequiredInItButOneDueOnItsFirstDayIs() {
        // Due 31 March: Q1 only. Due 1 April: Q1 and Q2.
        let result = rates(
            asOf: "2026-07-01", tasks: [task(1, due: "2026-03-31"), task(2, lead: 3, due: "2026-04-01")], reports: [])
        #expect(
            result == [
                ReportRate(unitId: 1, required: 1, reported: 0), ReportRate(unitId: 3, required: 2, reported: 0),
            ])
    }

    @Test func plansNotInForceOrNotCoveringTheQuarterAreNotCounted() {
        let draft = Plan(
            id: 1, draft: PlanDraft(title: "草案", from: day("2026-01-01"), to: day("2026-12-31"), status: .draft))
        #expect(rates(asOf: "2027-01-01", tasks: [task(1)], reports: [], plans: [draft]).isEmpty)
        let secondHalf = Plan(
            id: 1, draft: PlanDraft(title: "下半年", from: day("2026-07-01"), to: day("2026-12-31")))
        #expect(
            rates(asOf: "2027-01-01", tasks: [task(1)], reports: [], plans: [secondHalf])
                == [ReportRate(unitId: 1, required: 2, reported: 0)])
    }

    @Test func thePercentIsRoundedHalfUp() {
        #expect(ReportRate(unitId: 1, required: 8, reported: 1).percent == 13)  // 12.5
        #expect(ReportRate(unitId: 1, required: 3, reported: 1).percent == 33)
        #expect(ReportRate(unitId: 1, required: 3, reported: 3).percent == 100)
    }
}
