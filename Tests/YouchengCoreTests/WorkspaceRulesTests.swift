import Foundation
import Testing
import YouchengCore

/// The workspace's rules at their boundaries: which reports are due this quarter, what is overdue, the order of
/// tasks and of the notices waiting for an answer.
@Suite struct WorkspaceRulesTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    func plan(_ id: Int64 = 1, status: PlanStatus = .inForce) -> Plan {
        Plan(id: id, draft: PlanDraft(title: "计划\(id)", from: day("2026-01-01"), to: day("2026-12-31"), status: status))
    }

    func task(
        _ id: Int64, planId: Int64 = 1, lead: Int64 = 1, cooperating: [Int64] = [], due: String? = "2026-12-31",
        status: PlanTaskStatus = .inProgress
    ) -> PlanTask {
        PlanTask(
            id: id, planId: planId,
            draft: PlanTaskDraft(
                number: "\(id)", title: "任务\(id)", leadUnitId: lead, cooperatingUnitIds: cooperating,
                due: due.map(day)),
            status: status)
    }

    @Test func aReportByTheUnitOnTheQuartersFirstDayMeansNothingIsDue() {
        #expect(
            !WorkspaceRules.isReportDue(
                task(1), plan: .inForce, unitReportDays: [day("2026-10-01")], asOf: day("2026-12-31")))
    }

    @Test func aReportOnThePreviousQuartersLastDayLeavesTheReportDue() {
        #expect(
            WorkspaceRules.isReportDue(
                task(1), plan: .inForce, unitReportDays: [day("2026-09-30")], asOf: day("2026-10-01")))
    }

    @Test func cancelledAndDoneTasksAndTasksOfPlansNotInForceAreNotDue() {
        for status in [PlanTaskStatus.cancelled, .done] {
            #expect(
                !WorkspaceRules.isReportDue(
                    task(1, status: status), plan: .inForce, unitReportDays: [], asOf: day("2026-11-23")))
        }
        for status in [PlanStatus.draft, .closed] {
            #expect(!WorkspaceRules.isReportDue(task(1), plan: status, unitReportDays: [], asOf: day("2026-11-23")))
        }
        #expect(
            WorkspaceRules.isReportDue(
                task(1, status: .notStarted), plan: .inForce, unitReportDays: [], asOf: day("2026-11-23")))
    }

    @Test func theLeadUnitsReportDoesNotStandForACooperatingUnit() {
        // Unit 2 cooperates; only unit 1 (the lead) reported this quarter.
        let workspace = UnitWorkspace(
            unitId: 2, asOf: day("2026-11-23"), plans: [plan()], tasks: [task(1, lead: 1, cooperating: [2])],
            unitReportDays: [:], notices: [], exchangeCount: 0, latestExchanges: [])
        #expect(workspace.reportsDue.map(\.task.id) == [1])
        #expect(workspace.tasks.first?.role == .cooperating)
    }

    @Test func aTaskDueOnTheAsOfDateIsNotMarkedOverdueButTheDayAfterItIs() {
        let tasks = [task(1, due: "2026-11-23"), task(2, due: "2026-11-22")]
        let workspace = UnitWorkspace(
            unitId: 1, asOf: day("2026-11-23"), plans: [plan()], tasks: tasks, unitReportDays: [:], notices: [],
            exchangeCount: 0, latestExchanges: [])
        #expect(workspace.tasks.map { "\($0.task.id):\($0.overdue)" } == ["2:true", "1:false"])
    }

    @Test func openTasksComeFirstByDueDateThoseWithoutADueDateLastThenClosedOnes() {
        let tasks = [
            task(1, due: "2026-12-31", status: .done), task(2, due: nil), task(3, due: "2026-09-30"),
            task(4, due: "2026-06-30", status: .cancelled), task(5, due: "2026-03-31", status: .notStarted),
        ]
        let workspace = UnitWorkspace(
            unitId: 1, asOf: day("2026-11-23"), plans: [plan()], tasks: tasks, unitReportDays: [:], notices: [],
            exchangeCount: 0, latestExchanges: [])
        #expect(workspace.tasks.map(\.task.id) == [5, 3, 2, 4, 1])
    }

    @Test func tasksOfOtherUnitsAndOfUnknownPlansAreLeftOut() {
        let tasks = [task(1, lead: 9), task(2, planId: 7), task(3, lead: 9, cooperating: [1])]
        let workspace = UnitWorkspace(
            unitId: 1, asOf: day("2026-11-23"), plans: [plan()], tasks: tasks, unitReportDays: [:], notices: [],
            exchangeCount: 0, latestExchanges: [])
        #expect(workspace.tasks.map(\.task.id) == [3])
    }

    @Test func waitingNoticesAreTheUnansweredOnesAddressedToTheUnitDeadlineFirst() {
        let sent = Date(timeIntervalSince1970: 1_790_000_000)
        func notice(_ id: Int64, deadline: String?, units: [Int64] = [1, 2]) -> Notice {
            Notice(
                id: id, title: "通知\(id)", body: "", kind: .partnerRequest, partnerId: nil,
                deadline: deadline.map(day), toAllUnits: false, unitIds: units, createdBy: "admin",
                createdAt: sent.addingTimeInterval(Double(id)))
        }
        let answer = NoticeResponse(
            noticeId: 2, unitId: 1, draft: NoticeResponseDraft(answer: .interested), firstAnsweredAt: sent,
            answeredAt: sent, answeredBy: "bob")
        let otherAnswer = NoticeResponse(
            noticeId: 3, unitId: 2, draft: NoticeResponseDraft(answer: .interested), firstAnsweredAt: sent,
            answeredAt: sent, answeredBy: "carol")
        let details = [
            NoticeDetail(notice: notice(1, deadline: nil), responses: []),
            NoticeDetail(notice: notice(2, deadline: "2026-11-01"), responses: [answer]),
            NoticeDetail(notice: notice(3, deadline: "2026-12-01"), responses: [otherAnswer]),
            NoticeDetail(notice: notice(4, deadline: "2026-11-20"), responses: []),
            NoticeDetail(notice: notice(5, deadline: "2026-10-01", units: [2]), responses: []),
            NoticeDetail(notice: notice(6, deadline: nil), responses: []),
        ]
        #expect(WorkspaceRules.waitingNotices(details, unitId: 1).map(\.id) == [4, 3, 6, 1])
    }
}
