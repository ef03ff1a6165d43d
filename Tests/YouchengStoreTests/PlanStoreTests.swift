import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Plans on both databases: an import stores the plan, its tasks and new units in one audited transaction (or
/// nothing on a dry run), reports move a task's status, only the task's units report, and progress is judged from
/// the lead unit's reports.
@Suite struct PlanStoreTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// A plan of three tasks: 1 led by 市商务委 with 市外办 cooperating, 1.1 (its sub-task) and 2 led by 市教委 (new).
    func imported(_ services: Services, dryRun: Bool = false) async throws -> PlanImportReport {
        _ = try await services.accounts.units.create(
            UnitDraft(nameZh: "市商务委", nameEn: "Commerce", kind: .bureau, homeCode: nil, contactPerson: ""),
            by: .system)
        let units = try await services.accounts.units.list(includeInactive: true)
        let rows = try PlanImporter(units: units).plan([
            ["序号", "任务", "牵头单位", "配合单位", "完成时限"],
            ["1", "深化经贸合作", "市商务委", "市外办", "2021Q2"],
            ["1.1", "举办论坛", "Commerce", "", "2021年12月"],
            ["2", "青少年交流", "市教委", "市外办、市商务委", "2021"],
        ])
        let draft = PlanDraft(title: "2021年度友城工作计划", from: day("2021-01-01"), to: day("2021-12-31"))
        return try await services.plans.importPlan(draft, rows, dryRun: dryRun, actor: .system)
    }

    @Test(arguments: TestBackend.available)
    func anImportStoresThePlanTasksAndNewUnitsAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let report = try await imported(services)
            #expect(report.tasks == 3)
            #expect(report.unitsCreated == ["市外办", "市教委"])
            let planId = try #require(report.plan)
            let tasks = try await services.plans.tasks(planId: planId)
            #expect(tasks.map(\.draft.number) == ["1", "1.1", "2"])
            #expect(tasks[1].parentId == tasks[0].id)
            #expect(tasks[0].draft.due == day("2021-06-30"))
            let units = try await services.accounts.units.list(includeInactive: true)
            let byName = Dictionary(uniqueKeysWithValues: units.map { ($0.nameZh, $0.id) })
            #expect(tasks[2].draft.leadUnitId == byName["市教委"])
            #expect(tasks[2].draft.cooperatingUnitIds == [byName["市外办"]!, byName["市商务委"]!])
            let audit = try await services.audit.entries(AuditQuery(per: 100)).items
            #expect(audit.filter { $0.entityType == .planTask && $0.action == .create }.count == 3)
            #expect(audit.contains { $0.entityType == .plan && $0.action == .imported })
        }
    }

    @Test(arguments: TestBackend.available)
    func aDryRunStoresNothingButSaysWhatItWouldCreate(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let report = try await imported(services, dryRun: true)
            #expect(report.plan == nil)
            #expect(report.tasks == 3)
            #expect(report.unitsCreated == ["市外办", "市教委"])
            #expect(try await services.plans.plans().isEmpty)
            #expect(try await services.accounts.units.list(includeInactive: true).count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func theLatestReportSetsTheTasksStatusAndOnlyItsUnitsReport(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let planId = try #require(try await imported(services).plan)
            let task = try #require(try await services.plans.tasks(planId: planId).first)
            let lead = task.draft.leadUnitId
            let cooperating = try #require(task.draft.cooperatingUnitIds.first)
            let actor = AuditActor(username: "li", unitId: lead)
            _ = try await services.plans.addReport(
                ProgressReportDraft(date: day("2021-07-01"), status: .inProgress, progress: 60, text: "签约2个项目"),
                taskId: task.id, unitId: lead, actor: actor)
            // An older report, stored later, does not move the task back.
            _ = try await services.plans.addReport(
                ProgressReportDraft(date: day("2021-04-01"), status: .inProgress, progress: 20, text: "启动"),
                taskId: task.id, unitId: cooperating, actor: .system)
            let after = try #require(try await services.plans.task(id: task.id))
            #expect(after.status == .inProgress)
            #expect(after.progress == 60)
            #expect(try await services.plans.reports(taskId: task.id).map(\.draft.progress) == [60, 20])
            let other = try #require(
                try await services.accounts.units.list(includeInactive: true).first { !task.involves(unitId: $0.id) })
            await #expect(throws: PlanError.notTaskUnit) {
                try await services.plans.addReport(
                    ProgressReportDraft(date: day("2021-07-02"), status: .done, progress: 100, text: "代报"),
                    taskId: task.id, unitId: other.id, actor: .system)
            }
            let audit = try await services.audit.entries(AuditQuery(entityType: .progressReport)).items
            #expect(audit.count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func progressCountsOnlyTheLeadUnitsReportsInTheQuarter(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let planId = try #require(try await imported(services).plan)
            let tasks = try await services.plans.tasks(planId: planId)
            // Task 1: reported by its cooperating unit only; task 1.1: by its lead on the quarter's first day.
            _ = try await services.plans.addReport(
                ProgressReportDraft(date: day("2021-07-05"), status: .inProgress, progress: 10, text: "配合"),
                taskId: tasks[0].id, unitId: tasks[0].draft.cooperatingUnitIds[0], actor: .system)
            _ = try await services.plans.addReport(
                ProgressReportDraft(date: day("2021-07-01"), status: .inProgress, progress: 10, text: "牵头"),
                taskId: tasks[1].id, unitId: tasks[1].draft.leadUnitId, actor: .system)
            let progress = try await services.plans.progress(planId: planId, asOf: day("2021-08-01"))
            #expect(progress.tasks == 3)
            #expect(progress.byStatus[.inProgress] == 2)
            #expect(progress.overdueTaskIds == [tasks[0].id])
            #expect(progress.notReportedTaskIds == [tasks[0].id, tasks[2].id])
            #expect(progress.sentence.zh == "2021年度友城工作计划共3项任务，已完成0项，推进中2项，逾期1项；市商务委等2家单位本季度未报送进展。")
        }
    }
}
