import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengTestSupport

/// `plan import` and `plan status`: a CSV task table stored all or nothing, its JSON report, and the status JSON's
/// exact shape; both databases.
@Suite struct PlanCommandTests {
    static let file =
        "序号,任务,牵头单位,配合单位,完成时限,领域,友城,目标,备注\n"
        + "1,深化经贸合作,市商务委,\"市外办、市贸促会\",2021年第二季度,经贸,大阪,签约3个项目,\n"
        + "2,青少年交流,市教委,市外办,2021Q4,教育,,互访2次,\n"

    func table(_ text: String) throws -> [[String]] {
        try RegistryFiles.read(data: Data(text.utf8), filename: "plan.csv").table
    }

    let draft = PlanDraft(
        title: "2021年度友城工作计划", from: Day(year: 2021, month: 1, day: 1)!, to: Day(year: 2021, month: 12, day: 31)!)

    @Test(arguments: TestBackend.available)
    func importPrintsThePlanTheTasksAndTheUnitsCreated(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let outcome = try await PlanImportRun.run(
                table: try table(Self.file), draft: draft, dryRun: false, services: services)
            let id = try #require(outcome.report?.plan)
            #expect(
                outcome.json.serialized(pretty: false)
                    == #"{"plan":\#(id),"tasks":2,"unitsCreated":["市商务委","市外办","市贸促会","市教委"]}"#)
        }
    }

    @Test(arguments: TestBackend.available)
    func aFileWithABadRowStoresNothingAndNamesTheRowAndColumn(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let bad = Self.file + "3,,市教委,,下半年,,,,\n"
            let outcome = try await PlanImportRun.run(
                table: try table(bad), draft: draft, dryRun: false, services: services)
            #expect(!outcome.succeeded)
            #expect(outcome.errors.map(\.zh).contains("第 4 行 缺少任务"))
            #expect(
                outcome.errors.map(\.en).contains(
                    "row 4, due: \"下半年\" is not a due date (a date, a month, a quarter such as 2021Q3, or a year)"))
            #expect(try await services.plans.plans().isEmpty)
            #expect(try await services.accounts.units.list(includeInactive: true).isEmpty)
        }
    }

    @Test(arguments: TestBackend.available)
    func statusJSONHasTheIssuesShape(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let outcome = try await PlanImportRun.run(
                table: try table(Self.file), draft: draft, dryRun: false, services: services)
            let id = try #require(outcome.report?.plan)
            let progress = try await services.plans.progress(planId: id, asOf: Day(year: 2021, month: 7, day: 1)!)
            let units = try await services.accounts.units.list(includeInactive: true)
            let commerce = try #require(units.first { $0.nameZh == "市商务委" }).id
            let education = try #require(units.first { $0.nameZh == "市教委" }).id
            // Task 1 was due 2021-06-30: overdue on 1 July; neither task has a report in Q3.
            #expect(
                progress.json.serialized(pretty: false)
                    == #"{"plan":{"id":\#(id),"title":"2021年度友城工作计划","from":"2021-01-01","to":"2021-12-31"},"#
                    + #""asOf":"2021-07-01","tasks":2,"byStatus":{"notStarted":2,"inProgress":0,"done":0,"cancelled":0},"#
                    + #""overdue":1,"notReported":2,"byUnit":[{"unit":{"id":\#(commerce),"name":"市商务委"},"lead":1,"#
                    + #""done":0,"overdue":1,"notReported":1},{"unit":{"id":\#(education),"name":"市教委"},"lead":1,"#
                    + #""done":0,"overdue":0,"notReported":1}]}"#)
        }
    }
}

/// The demo plan: loaded once, on the demo registry only, with its reports.
@Suite struct DemoPlanTests {
    @Test func theDemoPlanLoadsOnceOnTheDemoRegistryWithItsReports() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let services = Services(database: database)
            let before = try await DemoData.loadPlanIfEmpty(into: services)
            _ = try await DemoData.loadIfEmpty(into: services.registry, reference: .bundled)
            let loaded = try await DemoData.loadPlanIfEmpty(into: services)
            let again = try await DemoData.loadPlanIfEmpty(into: services)
            #expect(!before && loaded && !again)
            let plan = try #require(try await services.plans.plans().first)
            // As of 2026-10-15 (Q4): 1.1 and 5 are done; 1, 2, 3.1 and 4 in progress; the rest not started.
            // Overdue (due before 15 Oct, open): 1.2 (9-30), 2.1 (8-31), 3 (9-30), 3.1 (6-30), 6 (6-30).
            // Reported in Q4 by the lead: 1 (10-10) and 4 (10-08); 10 open tasks less those two are not reported.
            let progress = try await services.plans.progress(
                planId: plan.id, asOf: Day(year: 2026, month: 10, day: 15)!)
            #expect(progress.tasks == 12)
            #expect(progress.byStatus == [.done: 2, .inProgress: 4, .notStarted: 6, .cancelled: 0])
            #expect(progress.overdue == 5)
            #expect(progress.notReported == 8)
        }
    }
}
