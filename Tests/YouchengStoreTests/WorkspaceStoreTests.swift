import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// A unit's workspace and the units' report rates on both databases: only the unit's tasks, its own reports this
/// quarter, the notices it has not answered, its exchanges of the year; report rates over the ended quarters.
@Suite struct WorkspaceStoreTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// Units 商务局 (A), 外办 (B), 教育局 (C); a plan in force for 2026 and a draft plan; reports, notices, exchanges.
    struct Fixture {
        let a: Int64
        let b: Int64
        let c: Int64
        let tasks: [String: Int64]
        let draftTask: Int64
        let notices: [Int64]
        let exchanges: [Int64]
    }

    func fixture(_ services: Services) async throws -> Fixture {
        var ids: [String: Int64] = [:]
        for name in ["商务局", "外办", "教育局"] {
            ids[name] =
                try await services.accounts.units.create(
                    UnitDraft(nameZh: name, nameEn: "", kind: .bureau, homeCode: nil, contactPerson: ""), by: .system
                ).id
        }
        let (a, b, c) = (ids["商务局"]!, ids["外办"]!, ids["教育局"]!)
        let units = try await services.accounts.units.list(includeInactive: true)
        func importPlan(_ rows: [[String]], status: PlanStatus) async throws -> [String: Int64] {
            let plan = try PlanImporter(units: units).plan([["序号", "任务", "牵头单位", "配合单位", "完成时限"]] + rows)
            let draft = PlanDraft(title: "计划\(status)", from: day("2026-01-01"), to: day("2026-12-31"), status: status)
            let id = try #require(try await services.plans.importPlan(draft, plan, dryRun: false, actor: .system).plan)
            return Dictionary(
                uniqueKeysWithValues: try await services.plans.tasks(planId: id).map { ($0.draft.number, $0.id) })
        }
        let tasks = try await importPlan(
            [
                ["1", "经贸合作", "商务局", "外办", "2026-12-31"], ["2", "教育交流", "外办", "商务局", "2026-06-30"],
                ["3", "青少年交流", "教育局", "", "2026"], ["4", "洽谈会", "商务局", "", "2026-09-30"],
            ], status: .inForce)
        let draftTask = try #require(
            try await importPlan([["1", "草案任务", "商务局", "", "2026-12-15"]], status: .draft)["1"])
        func report(_ task: String, _ unit: Int64, _ date: String, _ status: PlanTaskStatus = .inProgress) async throws
        {
            _ = try await services.plans.addReport(
                ProgressReportDraft(date: day(date), status: status, progress: 50, text: "进展"), taskId: tasks[task]!,
                unitId: unit, actor: .system)
        }
        try await report("1", b, "2026-10-01")
        try await report("1", a, "2026-09-30")
        try await report("2", a, "2026-11-01")
        try await report("4", a, "2026-08-01", .done)
        var notices: [Int64] = []
        for (title, deadline, to) in [
            ("N1", "2026-11-20", [a, b]), ("N2", "2026-12-01", [a]), ("N3", "2026-12-05", [b]),
        ] {
            notices.append(
                try await services.notices.create(
                    NoticeDraft(title: title, kind: .partnerRequest, deadline: day(deadline), addressees: .units(to)),
                    by: .system
                ).notice.id)
        }
        _ = try await services.notices.respond(
            noticeId: notices[0], unitId: a, NoticeResponseDraft(answer: .interested), by: .system)
        var exchanges: [Int64] = []
        for (title, start, unit) in [("E1", "2026-03-01", a), ("E2", "2026-10-10", a), ("E0", "2025-12-31", a)] {
            exchanges.append(
                try await services.exchanges.save(
                    ExchangeDraft(
                        title: title, start: day(start), end: day(start), kind: .event, countries: ["JP"], unitId: unit),
                    id: nil, expectedVersion: nil, actor: .system
                ).id)
        }
        return Fixture(
            a: a, b: b, c: c, tasks: tasks, draftTask: draftTask, notices: notices, exchanges: exchanges)
    }

    @Test(arguments: TestBackend.available)
    func aUnitsWorkspaceHoldsItsTasksItsDueReportsItsWaitingNoticesAndItsExchanges(backend: TestBackend)
        async throws
    {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let f = try await fixture(services)
            let t = f.tasks

            let mine = try await services.workspace.workspace(unitId: f.a, asOf: day("2026-11-23"))

            // Open first by due date (2 is overdue), the draft plan's task too, the done task last; 3 is not A's.
            #expect(mine.tasks.map(\.task.id) == [t["2"]!, f.draftTask, t["1"]!, t["4"]!])
            #expect(mine.tasks.map(\.role) == [.cooperating, .lead, .lead, .lead])
            #expect(mine.tasks.map(\.overdue) == [true, false, false, false])
            // A reported on 2 this quarter and 4 is done; the draft plan's task is not due; B's report on 1 does not
            // stand for A's.
            #expect(mine.reportsDue.map(\.task.id) == [t["1"]!])
            #expect(mine.notices.map(\.id) == [f.notices[1]])
            #expect(mine.exchangeCount == 2)
            #expect(mine.latestExchanges.map(\.id) == [f.exchanges[1], f.exchanges[0]])

            let theirs = try await services.workspace.workspace(unitId: f.b, asOf: day("2026-11-23"))
            // B reported on 1 on the quarter's first day: only 2 is due.
            #expect(theirs.reportsDue.map(\.task.id) == [t["2"]!])
            #expect(theirs.notices.map(\.id) == [f.notices[0], f.notices[2]])
            #expect(theirs.exchangeCount == 0 && theirs.latestExchanges.isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func reportRatesCountTheLeadsReportsInEachEndedQuarterOfPlansInForce(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let f = try await fixture(services)

            let rates = try await services.workspace.reportRates(year: 2026, asOf: day("2026-11-23"))

            // Q1–Q3 have ended. A: task 1 in Q1–Q3 (reported in Q3), task 4 in Q1–Q3 (reported, done, in Q3) = 2/6.
            // B: task 2 in Q1–Q2 (due 30 June), never reported by B = 0/2. C: task 3 in Q1–Q3 = 0/3.
            #expect(
                rates
                    == [
                        ReportRate(unitId: f.a, required: 6, reported: 2),
                        ReportRate(unitId: f.b, required: 2, reported: 0),
                        ReportRate(unitId: f.c, required: 3, reported: 0),
                    ].sorted { $0.unitId < $1.unitId })
            #expect(try await services.workspace.reportRates(year: 2026, asOf: day("2026-03-31")).isEmpty)
            let onlyB = try await services.workspace.reportRates(year: 2026, asOf: day("2026-11-23"), unitId: f.b)
            #expect(onlyB == [ReportRate(unitId: f.b, required: 2, reported: 0)])
        }
    }

    @Test(arguments: TestBackend.available)
    func aUnitsAnswerRateCountsOnlyTheNoticesSentToIt(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            // Answers are given on 2026-11-10 at noon in China: A's answer to N1 (due 11-20) is on time.
            let clock = TestClock(Date(timeIntervalSince1970: 1_794_283_200))
            let services = Services.forTests(database, clock: clock)
            let f = try await fixture(services)
            let zone = TimeZone(identifier: "Asia/Shanghai")!

            let a = try await services.workspace.answerRate(year: 2026, unitId: f.a, timeZone: zone)
            let c = try await services.workspace.answerRate(year: 2026, unitId: f.c, timeZone: zone)

            // A: N1 answered on time, N2 not answered = 1 of 2. C was sent nothing: no rate.
            #expect(a == NoticeAnswerRate(unitId: f.a, addressed: 2, onTime: 1))
            #expect(c == nil)
            #expect(try await services.workspace.answerRate(year: 2025, unitId: f.a, timeZone: zone) == nil)
        }
    }
}
