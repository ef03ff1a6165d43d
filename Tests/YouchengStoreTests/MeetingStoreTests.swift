import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Meetings on both databases: agenda, attendance per unit, decisions that become new tasks in the same transaction
/// (or nothing at all) or link existing ones, deleting a meeting without its tasks, and the list.
@Suite struct MeetingStoreTests {
    let admin = AuditActor(username: "admin", unitId: 1)

    /// Services at 2026-04-20 with the FAO, 商务局 and 教育局, and a plan whose one task `1` 商务局 leads.
    struct Fixture {
        let services: Services
        let fao: MemberUnit
        let commerce: MemberUnit
        let education: MemberUnit
        let planId: Int64
        let task: PlanTask

        init(_ database: Database) async throws {
            services = Services.forTests(database, clock: TestClock("2026-04-20T09:00:00Z"))
            let units = services.accounts.units
            fao = try await units.create(MemberUnit.defaultDraft, by: .system)
            commerce = try await units.create(
                UnitDraft(nameZh: "商务局", nameEn: "Commerce", kind: .bureau, homeCode: nil, contactPerson: ""),
                by: .system)
            education = try await units.create(
                UnitDraft(nameZh: "教育局", nameEn: "Education", kind: .bureau, homeCode: nil, contactPerson: ""),
                by: .system)
            let rows = try PlanImporter(units: try await units.list(includeInactive: true)).plan([
                ["序号", "任务", "牵头单位", "完成时限"], ["1", "深化经贸合作", "商务局", "2026Q4"],
            ])
            let report = try await services.plans.importPlan(
                PlanDraft(
                    title: "2026年度计划", from: Day(year: 2026, month: 1, day: 1)!,
                    to: Day(year: 2026, month: 12, day: 31)!),
                rows, dryRun: false, actor: .system)
            planId = try #require(report.plan)
            task = try #require(try await services.plans.tasks(planId: planId).first)
        }

        func meeting(attendance: [Int64: MeetingAttendanceStatus] = [:]) -> JointMeetingDraft {
            JointMeetingDraft(
                date: Day(year: 2026, month: 4, day: 16)!, kind: .quarterly, title: "第二季度联席会议", convenor: "市外办主任",
                agenda: [AgendaItem(text: "通报进展"), AgendaItem(text: "经贸合作", link: AgendaLink(.task, id: task.id))],
                attendance: attendance, minutes: "会议纪要")
        }

        func newTask(number: String, lead: Int64, cooperating: [Int64] = []) -> MeetingDecisionDraft {
            MeetingDecisionDraft(
                text: "举办友城青年论坛",
                outcome: .newTask(
                    planId: planId,
                    task: PlanTaskDraft(
                        number: number, title: "友城青年论坛", leadUnitId: lead, cooperatingUnitIds: cooperating,
                        due: Day(year: 2026, month: 9, day: 30))))
        }
    }

    @Test(arguments: TestBackend.available)
    func aDecisionBecomesANewTaskWithItsLeadDueAndUnitsAuditedAsComingFromTheDecision(backend: TestBackend)
        async throws
    {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let meeting = try await f.services.meetings.create(f.meeting(), by: admin)

            let decision = try await f.services.meetings.addDecision(
                f.newTask(number: "2", lead: f.education.id, cooperating: [f.commerce.id]), meetingId: meeting.id,
                by: admin)

            let taskId = try #require(decision.taskId)
            let task = try #require(try await f.services.plans.task(id: taskId))
            #expect(decision.number == 1 && decision.createdTask)
            #expect(task.planId == f.planId && task.draft.number == "2" && task.draft.title == "友城青年论坛")
            #expect(task.draft.leadUnitId == f.education.id && task.draft.cooperatingUnitIds == [f.commerce.id])
            #expect(task.draft.due == Day(year: 2026, month: 9, day: 30))
            let stored = try #require(try await f.services.meetings.meeting(id: meeting.id))
            #expect(stored.decisions == [decision] && stored.tasksCreated == 1)
            let taskAudit = try await f.services.audit.entries(
                AuditQuery(entityType: .planTask, entityId: String(taskId)))
            #expect(taskAudit.items.map(\.action).sorted { $0.rawValue < $1.rawValue } == [.create, .update])
            #expect(
                taskAudit.items.contains {
                    $0.changes == [FieldChange(field: "meetingDecision", before: nil, after: "\(meeting.id)/1")]
                })
            let decisionAudit = try await f.services.audit.entries(AuditQuery(entityType: .meetingDecision))
            #expect(decisionAudit.items.map(\.entityId) == ["\(meeting.id)/1"])
            #expect(
                decisionAudit.items.first?.changes.contains(
                    FieldChange(field: "taskId", before: nil, after: String(taskId))) == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func aRefusedTaskLeavesTheMeetingThePlanAndTheAuditAsTheyWere(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let meeting = try await f.services.meetings.create(f.meeting(), by: admin)
            _ = try await f.services.accounts.units.deactivate(id: f.education.id, expectedVersion: nil, by: .system)
            let auditBefore = try await f.services.audit.entries(AuditQuery(per: 200)).total

            // The number is the plan's existing task's: the decision row is written first, then the task insert fails.
            await #expect(throws: MeetingError.duplicateTaskNumber(decision: 1, "1")) {
                try await f.services.meetings.addDecision(
                    f.newTask(number: "1", lead: f.commerce.id), meetingId: meeting.id, by: admin)
            }
            await #expect(throws: MeetingError.inactiveTaskUnit(decision: 1, field: "lead", f.education.id)) {
                try await f.services.meetings.addDecision(
                    f.newTask(number: "3", lead: f.education.id), meetingId: meeting.id, by: admin)
            }
            await #expect(throws: MeetingError.unknownPlan(decision: 1, 999)) {
                try await f.services.meetings.addDecision(
                    MeetingDecisionDraft(
                        text: "x",
                        outcome: .newTask(
                            planId: 999, task: PlanTaskDraft(number: "9", title: "x", leadUnitId: f.commerce.id))),
                    meetingId: meeting.id, by: admin)
            }

            #expect(try await f.services.meetings.meeting(id: meeting.id)?.decisions == [])
            #expect(try await f.services.plans.tasks(planId: f.planId).map(\.draft.number) == ["1"])
            #expect(try await f.services.audit.entries(AuditQuery(per: 200)).total == auditBefore)
        }
    }

    @Test(arguments: TestBackend.available)
    func aDecisionLinksAnExistingTaskAndAMissingOneIsRefusedByNumber(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let meeting = try await f.services.meetings.create(f.meeting(), by: admin)

            let first = try await f.services.meetings.addDecision(
                MeetingDecisionDraft(text: "加快推进经贸合作", outcome: .existingTask(f.task.id)), meetingId: meeting.id,
                by: admin)
            await #expect(throws: MeetingError.unknownTask(decision: 2, 4242)) {
                try await f.services.meetings.addDecision(
                    MeetingDecisionDraft(text: "另一项", outcome: .existingTask(4242)), meetingId: meeting.id, by: admin)
            }

            #expect(first.number == 1 && first.taskId == f.task.id && !first.createdTask)
            #expect(try await f.services.meetings.decisions(taskId: f.task.id) == [first])
            #expect(try await f.services.plans.tasks(planId: f.planId).count == 1)
            let listed = try await f.services.meetings.list(MeetingQuery()).items
            #expect(listed.map(\.decisions) == [1] && listed.map(\.tasksCreated) == [0])
        }
    }

    @Test(arguments: TestBackend.available)
    func attendanceIsKeptPerUnitAndAnEditReplacesItAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let meeting = try await f.services.meetings.create(
                f.meeting(attendance: [f.commerce.id: .attended, f.education.id: .deputy, f.fao.id: .absent]), by: admin
            )
            var changed = f.meeting(attendance: [f.commerce.id: .absent])
            changed.agenda.removeLast()

            let read = try #require(try await f.services.meetings.meeting(id: meeting.id))
            let updated = try await f.services.meetings.update(id: meeting.id, changed, expectedVersion: 1, by: admin)
            let reread = try #require(try await f.services.meetings.meeting(id: meeting.id))

            #expect(read.draft.attendance == [f.commerce.id: .attended, f.education.id: .deputy, f.fao.id: .absent])
            #expect(read.draft.agenda[1].link == AgendaLink(.task, id: f.task.id))
            #expect(reread.draft.attendance == [f.commerce.id: .absent] && reread.draft.agenda.count == 1)
            #expect(updated.version == 2 && reread.version == 2)
            let entry = try #require(
                try await f.services.audit.entries(AuditQuery(entityType: .meeting, action: .update)).items.first)
            // Units in id order: the FAO 1, 商务局 2, 教育局 3.
            #expect(
                entry.changes.contains(
                    FieldChange(field: "attendance", before: "1:absent,2:attended,3:deputy", after: "2:absent")))
            await #expect(throws: MeetingError.staleVersion(current: 2)) {
                try await f.services.meetings.update(id: meeting.id, f.meeting(), expectedVersion: 1, by: admin)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func anAgendaLinkToNothingOrAnUnknownUnitIsRefusedNamingIt(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            var draft = f.meeting()
            draft.agenda.append(AgendaItem(text: "金泽需求", link: AgendaLink(.notice, id: 77)))

            await #expect(throws: MeetingError.unknownAgendaLink(item: 3, AgendaLink(.notice, id: 77))) {
                try await f.services.meetings.create(draft, by: admin)
            }
            await #expect(throws: MeetingError.unknownUnit(55)) {
                try await f.services.meetings.create(f.meeting(attendance: [55: .attended]), by: admin)
            }
            #expect(
                MeetingError.unknownAgendaLink(item: 3, AgendaLink(.notice, id: 77)).message.zh == "第 3 项议程：通知 77 不存在")
            #expect(try await f.services.meetings.list(MeetingQuery()).total == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func deletingAMeetingKeepsTheTasksItsDecisionsCreated(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            let meeting = try await f.services.meetings.create(f.meeting(attendance: [f.fao.id: .attended]), by: admin)
            let decision = try await f.services.meetings.addDecision(
                f.newTask(number: "2", lead: f.commerce.id), meetingId: meeting.id, by: admin)

            try await f.services.meetings.delete(id: meeting.id, by: admin)

            #expect(try await f.services.meetings.meeting(id: meeting.id) == nil)
            #expect(try await f.services.plans.task(id: try #require(decision.taskId)) != nil)
            #expect(try await f.services.meetings.decisions(taskId: try #require(decision.taskId)) == [])
            let entry = try #require(
                try await f.services.audit.entries(AuditQuery(entityType: .meeting, action: .delete)).items.first)
            #expect(
                entry.changes.contains(FieldChange(field: "decisions", before: "1:\(decision.taskId!)", after: nil)))
        }
    }

    @Test(arguments: TestBackend.available)
    func theListIsNewestFirstAndFiltersByKindAndYear(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await Fixture(database)
            for (date, kind, title) in [
                ("2025-12-01", MeetingKind.plenary, "2025年全体会议"), ("2026-04-16", .quarterly, "二季度会议"),
                ("2026-02-10", .topical, "专题会"),
            ] {
                var draft = f.meeting()
                (draft.date, draft.kind, draft.title) = (Day(parsing: date)!, kind, title)
                _ = try await f.services.meetings.create(draft, by: admin)
            }

            let all = try await f.services.meetings.list(MeetingQuery())
            let of2026 = try await f.services.meetings.list(MeetingQuery(year: 2026))
            let topical = try await f.services.meetings.list(MeetingQuery(kind: .topical, year: 2026))
            let second = try await f.services.meetings.list(MeetingQuery(page: 2, per: 2))

            #expect(all.items.map(\.title) == ["二季度会议", "专题会", "2025年全体会议"])
            #expect(of2026.total == 2 && topical.items.map(\.title) == ["专题会"])
            #expect(second.items.map(\.title) == ["2025年全体会议"] && second.total == 3)
        }
    }
}
