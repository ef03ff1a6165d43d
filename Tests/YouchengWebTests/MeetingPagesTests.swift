import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/meetings`, `/meetings/new`, `/meetings/{id}` and its edit, decision and delete forms, and the meetings API:
/// administrators write, everyone signed in reads.
@Suite struct MeetingPagesTests {
    /// A plan with task `1` led by `unit`; its id and the task's.
    func plan(_ site: WebTestSite, unit: Int64) async throws -> (plan: Int64, task: Int64) {
        let units = try await site.accounts.units.list(includeInactive: true)
        let name = try #require(units.first { $0.id == unit }?.nameZh)
        let rows = try PlanImporter(units: units).plan([
            ["序号", "任务", "牵头单位", "完成时限"], ["1", "深化经贸合作", name, "2026Q4"],
        ])
        let report = try await site.services.plans.importPlan(
            PlanDraft(title: "2026年度计划", from: Day(parsing: "2026-01-01")!, to: Day(parsing: "2026-12-31")!), rows,
            dryRun: false, actor: .system)
        let id = try #require(report.plan)
        return (id, try #require(try await site.services.plans.tasks(planId: id).first?.id))
    }

    func meeting(_ site: WebTestSite, attendance: [Int64: MeetingAttendanceStatus] = [:]) async throws
        -> JointMeeting
    {
        try await site.services.meetings.create(
            JointMeetingDraft(
                date: Day(parsing: "2026-11-20")!, kind: .quarterly, title: "四季度联席会议", convenor: "市外办主任",
                agenda: [AgendaItem(text: "通报进展")], attendance: attendance, minutes: "第一行\n<b>第二行</b>"),
            by: .system)
    }

    @Test func anAdminRecordsAMeetingWithItsAgendaAndEachUnitsAttendance() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            let bob = try await site.unitId(of: "bob")
            let admin = try await site.unitId(of: "admin")

            let form = try await site.get("/meetings/new")
            let saved = try await site.post(
                "/meetings",
                form: [
                    ("date", "2026-11-20"), ("kind", "topical"), ("title", "友城教育专题会"), ("convenor", "分管副市长"),
                    ("place", "第三会议室"), ("agenda_1_text", "金泽结好学校"), ("agenda_1_kind", ""),
                    ("agenda_1_id", ""), ("agenda_2_text", ""), ("agenda_3_text", "夏令营"),
                    ("attendance_\(bob)", "deputy"), ("attendance_\(admin)", "attended"), ("minutes", "纪要"),
                ])

            #expect(form.status == .ok && form.text.contains("name=\"attendance_\(bob)\""))
            #expect(form.text.contains("name=\"agenda_5_text\"") && !form.text.contains("name=\"agenda_6_text\""))
            #expect(saved.status == .seeOther)
            let stored = try #require(try await site.services.meetings.list(MeetingQuery()).items.first)
            #expect(saved.headers[.location] == "/meetings/\(stored.id)?saved=1")
            let meeting = try #require(try await site.services.meetings.meeting(id: stored.id))
            #expect(meeting.draft.kind == .topical && meeting.draft.place == "第三会议室")
            #expect(meeting.draft.agenda.map(\.text) == ["金泽结好学校", "夏令营"])
            #expect(meeting.draft.attendance == [bob: .deputy, admin: .attended])
            let page = try await site.get("/meetings/\(stored.id)").text
            #expect(page.contains("友城教育专题会") && page.contains("data-status=\"deputy\""))
        }
    }

    @Test func aRefusedFormKeepsTheInputAndNamesTheAgendaRowBesideIt() async throws {
        try await WebTestSite.run { site in
            let response = try await site.post(
                "/meetings",
                form: [
                    ("date", "2026-11-20"), ("kind", "quarterly"), ("title", "保留的名称"), ("convenor", ""),
                    ("agenda_1_text", "通报"), ("agenda_2_text", "某项"), ("agenda_2_id", "12"),
                ])

            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("value=\"保留的名称\"") && html.contains("value=\"12\""))
            #expect(html.contains("id=\"error-agenda_2_id\"") && html.contains("第 2 项议程"))
            #expect(html.contains("id=\"error-convenor\"") && !html.contains("id=\"error-agenda_1_text\""))
            #expect(try await site.services.meetings.list(MeetingQuery()).total == 0)
        }
    }

    @Test func aDecisionFromThePageCreatesATaskAndTheMeetingLinksToIt() async throws {
        try await WebTestSite.run { site in
            let admin = try await site.unitId(of: "admin")
            let (planId, existing) = try await plan(site, unit: admin)
            let meeting = try await meeting(site)
            let uri = "/meetings/\(meeting.id)"

            let created = try await site.post(
                uri + "/decisions",
                form: [
                    ("text", "举办友城青年论坛"), ("outcome", "new"), ("plan", String(planId)), ("number", "2"),
                    ("task_title", ""), ("lead", String(admin)), ("due", "2026-12-31"),
                ])
            let linked = try await site.post(
                uri + "/decisions", form: [("text", "加快经贸合作"), ("outcome", "existing"), ("task", String(existing))])
            let refused = try await site.post(
                uri + "/decisions",
                form: [
                    ("text", "重复序号"), ("outcome", "new"), ("plan", String(planId)), ("number", "1"),
                    ("lead", String(admin)), ("due", "2026"),
                ])

            #expect(created.status == .seeOther && created.headers[.location] == uri + "?decided=1#decisions")
            #expect(linked.status == .seeOther)
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("id=\"error-number\"") && refused.text.contains("第 3 项议定事项"))
            let stored = try #require(try await site.services.meetings.meeting(id: meeting.id))
            let newTask = try #require(stored.decisions.first?.taskId)
            #expect(stored.decisions.map(\.taskId) == [newTask, existing])
            let task = try #require(try await site.services.plans.task(id: newTask))
            #expect(task.draft.title == "举办友城青年论坛" && task.draft.leadUnitId == admin)
            let page = try await site.get(uri).text
            #expect(page.contains("href=\"/tasks/\(newTask)\"") && page.contains("href=\"/tasks/\(existing)\""))
        }
    }

    @Test func deletingAsksFirstSaysTheTasksStayAndKeepsThem() async throws {
        try await WebTestSite.run { site in
            let admin = try await site.unitId(of: "admin")
            let (planId, _) = try await plan(site, unit: admin)
            let meeting = try await meeting(site)
            let decision = try await site.services.meetings.addDecision(
                MeetingDecisionDraft(
                    text: "新任务",
                    outcome: .newTask(
                        planId: planId, task: PlanTaskDraft(number: "2", title: "新任务", leadUnitId: admin))),
                meetingId: meeting.id, by: .system)

            let confirm = try await site.get("/meetings/\(meeting.id)/delete")
            let deleted = try await site.post("/meetings/\(meeting.id)/delete", form: [])

            #expect(confirm.status == .ok && confirm.text.contains("id=\"confirm-delete\""))
            #expect(confirm.text.contains("1 项任务不会删除"))
            #expect(deleted.status == .seeOther && deleted.headers[.location] == "/meetings?deleted=1")
            #expect(try await site.services.meetings.meeting(id: meeting.id) == nil)
            #expect(try await site.services.plans.task(id: try #require(decision.taskId)) != nil)
        }
    }

    @Test func editorsAndViewersReadMeetingsButEveryWriteIsForbidden() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            try await site.createUser("vic", role: .viewer)
            let meeting = try await meeting(site)
            let uri = "/meetings/\(meeting.id)"
            for name in ["bob", "vic"] {
                let user = site.as(try await site.signIn(name))

                let list = try await user.get("/meetings")
                let page = try await user.get(uri)
                #expect(list.status == .ok && !list.text.contains("href=\"/meetings/new\""))
                #expect(page.status == .ok && !page.text.contains("id=\"decision-form\""))
                #expect(!page.text.contains("href=\"\(uri)/edit\""))
                #expect(try await user.get("/api/v1/meetings").status == .ok)
                #expect(try await user.get("/api/v1/meetings/\(meeting.id)").status == .ok)
                #expect(try await user.get("/meetings/new").status == .forbidden)
                #expect(try await user.get(uri + "/edit").status == .forbidden)
                #expect(try await user.get(uri + "/delete").status == .forbidden)
                #expect(
                    try await user.post("/meetings", form: [("title", "t"), ("kind", "plenary")]).status == .forbidden)
                #expect(try await user.post(uri + "/edit", form: [("version", "1")]).status == .forbidden)
                #expect(
                    try await user.post(uri + "/decisions", form: [("text", "x"), ("outcome", "existing")]).status
                        == .forbidden)
                #expect(try await user.post(uri + "/delete", form: []).status == .forbidden)
            }
            #expect(try await site.services.meetings.meeting(id: meeting.id) == meeting)
        }
    }

    @Test func theAPIGivesAgendaAttendanceAndEachDecisionsTaskId() async throws {
        try await WebTestSite.run { site in
            let admin = try await site.unitId(of: "admin")
            let (_, task) = try await plan(site, unit: admin)
            let meeting = try await meeting(site, attendance: [admin: .absent])
            _ = try await site.services.meetings.addDecision(
                MeetingDecisionDraft(text: "关联", outcome: .existingTask(task)), meetingId: meeting.id, by: .system)

            let one = try await site.get("/api/v1/meetings/\(meeting.id)")
            let list = try await site.get("/api/v1/meetings?kind=quarterly&year=2026")
            let none = try await site.get("/api/v1/meetings?kind=plenary")

            let body = try #require(try JSONSerialization.jsonObject(with: Data(one.text.utf8)) as? [String: Any])
            #expect(body["title"] as? String == "四季度联席会议" && body["kind"] as? String == "quarterly")
            let decisions = try #require(body["decisions"] as? [[String: Any]])
            #expect(decisions.count == 1 && decisions[0]["task"] as? Int == Int(task))
            #expect(decisions[0]["createdTask"] as? Bool == false)
            let attendance = try #require(body["attendance"] as? [[String: Any]])
            #expect(attendance.map { $0["status"] as? String } == ["absent"])
            #expect((body["agenda"] as? [[String: Any]])?.first?["text"] as? String == "通报进展")
            #expect(list.text.contains("\"total\":1") && list.text.contains("\"decisions\":1"))
            #expect(none.text.contains("\"total\":0"))
            #expect(try await site.get("/api/v1/meetings/9999").status == .notFound)
        }
    }
}
