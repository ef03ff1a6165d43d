import Foundation
import YouchengCore
import YouchengStore

extension DemoData {
    /// Records one fictional quarterly meeting of the demo plan's lead units, when the database holds no meeting, the
    /// demo plan is there and the registry is the demo: an agenda of three items (one linked to task 3.1, one to the
    /// first demo notice if there is one), each unit's attendance (one sent a deputy, one was absent), minutes, and
    /// two decisions — one became the new task 6.1 of the plan, the other is linked to task 1.2. Returns whether it
    /// recorded it.
    @discardableResult
    public static func loadMeetingIfEmpty(into services: Services) async throws -> Bool {
        let meetings = services.meetings
        guard try await meetings.list(MeetingQuery(per: 1)).total == 0, try await isDemo(services.registry),
            let plan = try await services.plans.plans().first(where: { $0.draft.title == planTitle })
        else { return false }
        let tasks = Dictionary(
            try await services.plans.tasks(planId: plan.id).map { ($0.draft.number, $0) },
            uniquingKeysWith: { a, _ in a })
        guard let tourism = tasks["3.1"], let trip = tasks["1.2"], let video = tasks["6"] else { return false }
        var units: [Int64] = []
        for task in tasks.values.sorted(by: { $0.id < $1.id }) where !units.contains(task.draft.leadUnitId) {
            units.append(task.draft.leadUnitId)
        }
        var attendance: [Int64: MeetingAttendanceStatus] = [:]
        for (index, unit) in units.enumerated() {
            attendance[unit] = index == units.count - 1 ? .absent : index == units.count - 2 ? .deputy : .attended
        }
        let notice = try await services.notices.list(NoticeQuery(), today: Day(year: 2026, month: 1, day: 1)!).items
            .last
        let meeting = try await meetings.create(
            JointMeetingDraft(
                date: Day(year: 2026, month: 4, day: 16)!, kind: .quarterly,
                title: "2026年第二季度友城工作联席会议（演示）", convenor: "市外办主任（演示）", place: "市政府第三会议室",
                agenda: [
                    AgendaItem(text: "通报第一季度工作计划落实情况"),
                    AgendaItem(text: "研究友城旅游推介会筹备", link: AgendaLink(.task, id: tourism.id)),
                    AgendaItem(
                        text: "讨论金泽市寻求结好学校的对接", link: notice.map { AgendaLink(.notice, id: $0.notice.id) }),
                ],
                attendance: attendance,
                minutes: "会议听取了各成员单位第一季度工作进展汇报，研究了下一阶段重点工作。\n会议议定事项见下。（演示数据，虚构）"),
            by: .system)
        _ = try await meetings.addDecision(
            MeetingDecisionDraft(
                text: "建立友城视频会议季度例会制度，由市外办牵头、市科技局配合，第三季度前完成首次会议。",
                outcome: .newTask(
                    planId: plan.id,
                    task: PlanTaskDraft(
                        number: "6.1", title: "建立友城视频会议季度例会（演示）", leadUnitId: video.draft.leadUnitId,
                        cooperatingUnitIds: video.draft.cooperatingUnitIds, due: Day(year: 2026, month: 9, day: 30)))),
            meetingId: meeting.id, by: .system)
        _ = try await meetings.addDecision(
            MeetingDecisionDraft(text: "企业赴欧洲友城考察团组提前至8月出发。", outcome: .existingTask(trip.id)),
            meetingId: meeting.id, by: .system)
        return true
    }
}
