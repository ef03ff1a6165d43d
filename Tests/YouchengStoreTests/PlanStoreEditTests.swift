import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Administrators' changes to plans and tasks on both databases: a task added with its units and parent, audited;
/// a number taken in the plan refused; a stale version refused with nothing changed; a parent below the task
/// refused.
@Suite struct PlanStoreEditTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    /// A plan with two units, 商务 and 教育, and no task.
    func seeded(_ services: Services) async throws -> (plan: Plan, commerce: Int64, education: Int64) {
        var ids: [Int64] = []
        for (zh, en) in [("市商务委", "Commerce"), ("市教委", "Education")] {
            ids.append(
                try await services.accounts.units.create(
                    UnitDraft(nameZh: zh, nameEn: en, kind: .bureau, homeCode: nil, contactPerson: ""), by: .system
                ).id)
        }
        let plan = try await services.plans.createPlan(
            PlanDraft(title: "2021年度友城工作计划", from: day("2021-01-01"), to: day("2021-12-31")), actor: .system)
        return (plan, ids[0], ids[1])
    }

    @Test(arguments: TestBackend.available)
    func aTaskIsAddedWithItsUnitsAndTheParentItsNumberNames(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let (plan, commerce, education) = try await seeded(services)
            let actor = AuditActor(username: "admin", unitId: nil)
            let top = try await services.plans.createTask(
                PlanTaskDraft(number: " 3 ", title: " 经贸合作 ", leadUnitId: commerce), planId: plan.id, actor: actor)
            let sub = try await services.plans.createTask(
                PlanTaskDraft(
                    number: "3.1", title: "举办论坛", leadUnitId: education,
                    cooperatingUnitIds: [commerce, education, commerce], due: day("2021-09-30"),
                    domains: ["经贸", " "]), planId: plan.id, actor: actor)

            #expect(top.draft.number == "3" && top.draft.title == "经贸合作")
            let stored = try #require(try await services.plans.task(id: sub.id))
            #expect(stored.parentId == top.id)
            // The lead unit and the repeat are dropped from the cooperating units; the blank domain goes.
            #expect(stored.draft.cooperatingUnitIds == [commerce])
            #expect(stored.draft.domains == ["经贸"] && stored.draft.due == day("2021-09-30"))
            #expect(stored.status == .notStarted && stored.progress == 0 && stored.version == 1)
            let audit = try await services.audit.entries(AuditQuery(per: 100)).items
            #expect(audit.filter { $0.entityType == .planTask && $0.action == .create }.count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func aNumberTakenInThePlanAnUnknownUnitAndAnUnknownPlanAreRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let (plan, commerce, _) = try await seeded(services)
            _ = try await services.plans.createTask(
                PlanTaskDraft(number: "1", title: "经贸合作", leadUnitId: commerce), planId: plan.id, actor: .system)

            await #expect(throws: PlanError.duplicateNumber("1")) {
                try await services.plans.createTask(
                    PlanTaskDraft(number: "1", title: "又一项", leadUnitId: commerce), planId: plan.id, actor: .system)
            }
            let unknown = await #expect(throws: FieldErrors.self) {
                try await services.plans.createTask(
                    PlanTaskDraft(number: "2", title: "又一项", leadUnitId: commerce, cooperatingUnitIds: [999]),
                    planId: plan.id, actor: .system)
            }
            #expect(unknown?.errors.map(\.field) == ["cooperatingUnitIds"])
            await #expect(throws: PlanError.planNotFound) {
                try await services.plans.createTask(
                    PlanTaskDraft(number: "2", title: "又一项", leadUnitId: commerce), planId: 999, actor: .system)
            }
            let refused = await #expect(throws: FieldErrors.self) {
                try await services.plans.createTask(
                    PlanTaskDraft(number: "", title: "", leadUnitId: commerce), planId: plan.id, actor: .system)
            }
            #expect(refused?.errors.map(\.field) == ["number", "title"])
            #expect(try await services.plans.tasks(planId: plan.id).count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func aTaskIsChangedOnceAndAStaleVersionChangesNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let (plan, commerce, education) = try await seeded(services)
            let task = try await services.plans.createTask(
                PlanTaskDraft(number: "1", title: "经贸合作", leadUnitId: commerce, cooperatingUnitIds: [education]),
                planId: plan.id, actor: .system)
            var draft = task.draft
            draft.title = "深化经贸合作"
            draft.leadUnitId = education
            draft.cooperatingUnitIds = [commerce]

            let changed = try await services.plans.updateTask(
                id: task.id, draft, status: .cancelled, expectedVersion: 1, actor: .system)
            draft.title = "被覆盖"
            await #expect(throws: PlanError.staleVersion(current: 2)) {
                try await services.plans.updateTask(
                    id: task.id, draft, status: .done, expectedVersion: 1, actor: .system)
            }

            let stored = try #require(try await services.plans.task(id: task.id))
            #expect(changed.version == 2 && stored.version == 2)
            #expect(stored.draft.title == "深化经贸合作" && stored.status == .cancelled)
            #expect(stored.draft.leadUnitId == education && stored.draft.cooperatingUnitIds == [commerce])
            let updates = try await services.audit.entries(AuditQuery(per: 100)).items.filter {
                $0.entityType == .planTask && $0.action == .update
            }
            #expect(updates.count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func anotherTasksNumberAndAParentBelowTheTaskAreRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let (plan, commerce, _) = try await seeded(services)
            let one = try await services.plans.createTask(
                PlanTaskDraft(number: "1", title: "甲", leadUnitId: commerce), planId: plan.id, actor: .system)
            let child = try await services.plans.createTask(
                PlanTaskDraft(number: "1.1", title: "乙", leadUnitId: commerce), planId: plan.id, actor: .system)

            await #expect(throws: PlanError.duplicateNumber("1.1")) {
                var draft = one.draft
                draft.number = "1.1"
                return try await services.plans.updateTask(
                    id: one.id, draft, status: .notStarted, expectedVersion: 1, actor: .system)
            }
            let refused = await #expect(throws: FieldErrors.self) {
                try await services.plans.updateTask(
                    id: one.id, one.draft, status: .notStarted, parentId: child.id, expectedVersion: 1, actor: .system)
            }
            #expect(refused?.errors.first?.field == "parentId")
            // The task itself, given as its own parent, is refused too (not read as "no parent").
            let itself = await #expect(throws: FieldErrors.self) {
                try await services.plans.updateTask(
                    id: child.id, child.draft, status: .notStarted, parentId: child.id, expectedVersion: 1,
                    actor: .system)
            }
            #expect(itself?.errors.first?.field == "parentId")
            // Keeping its own number is no clash.
            let same = try await services.plans.updateTask(
                id: child.id, child.draft, status: .inProgress, expectedVersion: 1, actor: .system)
            #expect(same.parentId == one.id && same.version == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func aPlanIsChangedOnceAndAStaleVersionOrItsOwnChildAsParentIsRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let (plan, _, _) = try await seeded(services)
            let district = try await services.plans.createPlan(
                PlanDraft(
                    title: "鼓楼区2021年计划", from: day("2021-01-01"), to: day("2021-12-31"), parentId: plan.id),
                actor: .system)
            var draft = plan.draft
            draft.title = "2021年度友城工作计划（修订）"
            draft.status = .closed

            let changed = try await services.plans.updatePlan(id: plan.id, draft, expectedVersion: 1, actor: .system)
            await #expect(throws: PlanError.staleVersion(current: 2)) {
                try await services.plans.updatePlan(id: plan.id, plan.draft, expectedVersion: 1, actor: .system)
            }
            draft.parentId = district.id
            await #expect(throws: FieldErrors.self) {
                try await services.plans.updatePlan(id: plan.id, draft, expectedVersion: 2, actor: .system)
            }

            let stored = try #require(try await services.plans.plan(id: plan.id))
            #expect(changed.version == 2 && stored.version == 2)
            #expect(stored.draft.title == "2021年度友城工作计划（修订）" && stored.draft.status == .closed)
            #expect(stored.draft.parentId == nil)
        }
    }
}
