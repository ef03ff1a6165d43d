import Testing
import YouchengCore

/// The overdue and not-reported rules at their boundaries, plan figures per status and unit, and the sentence.
@Suite struct PlanRulesTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    func task(
        _ id: Int64, lead: Int64 = 1, due: String? = "2021-06-30", status: PlanTaskStatus = .inProgress,
        cooperating: [Int64] = []
    ) -> PlanTask {
        PlanTask(
            id: id, planId: 1,
            draft: PlanTaskDraft(
                number: "\(id)", title: "任务\(id)", leadUnitId: lead, cooperatingUnitIds: cooperating,
                due: due.map(day)),
            status: status)
    }

    @Test func aTaskDueOnTheAsOfDateIsNotOverdue() {
        #expect(!PlanRules.isOverdue(task(1, due: "2021-06-30"), asOf: day("2021-06-30")))
    }

    @Test func aTaskIsOverdueTheDayAfterItsDueDate() {
        #expect(PlanRules.isOverdue(task(1, due: "2021-06-30"), asOf: day("2021-07-01")))
    }

    @Test func doneAndCancelledTasksAreNeverOverdueNorUnreported() {
        for status in [PlanTaskStatus.done, .cancelled] {
            let t = task(1, due: "2020-01-01", status: status)
            #expect(!PlanRules.isOverdue(t, asOf: day("2021-07-01")))
            #expect(!PlanRules.isNotReported(t, leadReportDays: [], asOf: day("2021-07-01")))
        }
    }

    @Test func aTaskWithoutDueDateIsNeverOverdue() {
        #expect(!PlanRules.isOverdue(task(1, due: nil, status: .notStarted), asOf: day("2030-01-01")))
    }

    @Test func aReportOnTheQuartersFirstDayCountsForTheQuarter() {
        #expect(!PlanRules.isNotReported(task(1), leadReportDays: [day("2021-07-01")], asOf: day("2021-09-30")))
    }

    @Test func aReportOnThePreviousQuartersLastDayDoesNotCount() {
        #expect(PlanRules.isNotReported(task(1), leadReportDays: [day("2021-06-30")], asOf: day("2021-07-01")))
    }

    @Test func anOpenTaskWithNoReportIsNotReported() {
        #expect(PlanRules.isNotReported(task(1, status: .notStarted), leadReportDays: [], asOf: day("2021-02-01")))
    }

    @Test func quartersRunFromTheirFirstToTheirLastDay() {
        let q3 = Quarter(containing: day("2021-08-15"))
        #expect(q3.index == 3)
        #expect(q3.firstDay == day("2021-07-01"))
        #expect(q3.lastDay == day("2021-09-30"))
        #expect(q3.label.zh == "2021年第三季度")
        #expect(Quarter(containing: day("2020-02-29")).lastDay == day("2020-03-31"))
    }

    var units: [MemberUnit] {
        [
            MemberUnit(
                id: 1, nameZh: "市商务委", nameEn: "Commerce Commission", kind: .bureau, homeCode: nil, contactPerson: ""),
            MemberUnit(id: 2, nameZh: "市教委", nameEn: "", kind: .bureau, homeCode: nil, contactPerson: ""),
            MemberUnit(
                id: 3, nameZh: "市文旅委", nameEn: "Culture and Tourism", kind: .bureau, homeCode: nil, contactPerson: ""),
        ]
    }

    /// Six tasks as of 2021-08-10 (Q3): unit 1 leads three (one done, one overdue and unreported, one reported in
    /// Q3), unit 2 leads two (one cancelled, one unreported with a report only in Q2), unit 3 one reported in Q3.
    func progress() -> PlanProgress {
        let plan = Plan(
            id: 1, draft: PlanDraft(title: "2021年度友城工作计划", from: day("2021-01-01"), to: day("2021-12-31")))
        let tasks = [
            task(1, lead: 1, due: "2021-06-30", status: .done),
            task(2, lead: 1, due: "2021-08-09", status: .inProgress),
            task(3, lead: 1, due: "2021-12-31", status: .inProgress),
            task(4, lead: 2, due: "2021-03-31", status: .cancelled),
            task(5, lead: 2, due: "2021-08-10", status: .notStarted),
            task(6, lead: 3, due: nil, status: .inProgress),
        ]
        let reports: [Int64: [Day]] = [
            3: [day("2021-07-01")], 5: [day("2021-06-30")], 6: [day("2021-08-10")],
        ]
        return PlanProgress(plan: plan, tasks: tasks, leadReportDays: reports, units: units, asOf: day("2021-08-10"))
    }

    @Test func planFiguresCountStatusesOverdueAndUnreported() {
        let p = progress()
        #expect(p.tasks == 6)
        #expect(p.byStatus == [.notStarted: 1, .inProgress: 3, .done: 1, .cancelled: 1])
        #expect(p.overdue == 1)
        #expect(p.overdueTaskIds == [2])
        #expect(p.notReported == 2)
        #expect(p.notReportedTaskIds == [2, 5])
    }

    @Test func theUnitTableCountsTasksLedDoneOverdueAndUnreported() {
        let rows = progress().byUnit.map {
            [$0.unitId, Int64($0.lead), Int64($0.done), Int64($0.overdue), Int64($0.notReported)]
        }
        #expect(rows == [[1, 3, 1, 1, 1], [2, 2, 0, 0, 1], [3, 1, 0, 0, 0]])
    }

    @Test func theSentenceNamesTheFirstUnitNotReportedAndHowMany() {
        let s = progress().sentence
        #expect(s.zh == "2021年度友城工作计划共6项任务，已完成1项，推进中3项，逾期1项；市商务委等2家单位本季度未报送进展。")
        #expect(
            s.en
                == "2021年度友城工作计划: 6 tasks, 1 done, 3 in progress, 1 overdue; 2 units, Commerce Commission among them, have not reported this quarter."
        )
    }

    @Test func theSentenceSaysWhenEveryUnitHasReported() {
        let plan = Plan(id: 1, draft: PlanDraft(title: "计划", from: day("2021-01-01"), to: day("2021-12-31")))
        let p = PlanProgress(
            plan: plan, tasks: [task(1, status: .done)], leadReportDays: [:], units: units, asOf: day("2021-08-10"))
        #expect(p.sentence.zh == "计划共1项任务，已完成1项，推进中0项，逾期0项；各单位本季度均已报送进展。")
    }

    @Test func onlyTheTasksUnitsMayReportOnIt() {
        let t = task(1, lead: 1, cooperating: [2])
        #expect(AccessPolicy.mayReport(on: t, as: Principal(role: .editor, unitId: 1, unitHomeCode: nil)))
        #expect(AccessPolicy.mayReport(on: t, as: Principal(role: .editor, unitId: 2, unitHomeCode: nil)))
        #expect(!AccessPolicy.mayReport(on: t, as: Principal(role: .editor, unitId: 3, unitHomeCode: nil)))
        #expect(!AccessPolicy.mayReport(on: t, as: Principal(role: .admin, unitId: 3, unitHomeCode: nil)))
        #expect(!AccessPolicy.mayReport(on: t, as: Principal(role: .viewer, unitId: 1, unitHomeCode: nil)))
    }

    @Test func reportsRefuseProgressOutsideZeroToHundredAndAnEmptyText() throws {
        let draft = ProgressReportDraft(date: day("2021-07-01"), status: .inProgress, progress: 101, text: "  ")
        #expect(throws: FieldErrors.self) { try draft.validated() }
        do {
            _ = try draft.validated()
        } catch {
            #expect(error.errors.map(\.field) == ["progress", "text"])
        }
        let ok = ProgressReportDraft(date: day("2021-07-01"), status: .done, progress: 100, text: " 完成 ")
        #expect(try ok.validated().text == "完成")
    }
}
