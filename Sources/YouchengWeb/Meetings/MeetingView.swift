import YouchengCore

/// One meeting's view model: its facts, the agenda with each item's link, each unit's attendance with the counts,
/// the minutes, the decisions with their tasks, and for administrators the decision form and the edit and delete
/// links.
struct MeetingView: Sendable {
    struct AgendaRow: Sendable {
        let number: Int
        let text: String
        let link: LinkedLabel?
    }

    struct AttendanceRow: Sendable {
        let unit: String
        let status: CodedLabel
    }

    struct DecisionRow: Sendable {
        let number: Int
        let text: String
        let task: LinkedLabel?
        /// 新建任务 or 关联任务, or that the task was deleted.
        let outcome: String
        let created: Bool
    }

    let title: String
    let notice: String?
    let date: String
    let kind: CodedLabel
    let convenor: String
    let place: String?
    let recordedBy: String
    let agenda: [AgendaRow]
    let attendance: [AttendanceRow]
    let attendanceCounts: String
    let minutes: String
    let decisions: [DecisionRow]
    let decisionForm: MeetingDecisionFormView?
    let editHref: String?
    let deleteHref: String?
    let backHref: String

    init(
        meeting: JointMeeting, form: MeetingDecisionForm, errors: FieldErrors?, notice: String?, mayWrite: Bool,
        units: [Int64: MemberUnit], plans: [Plan], tasks ordered: [PlanTask], display: Display, catalog: LabelCatalog
    ) {
        let tasks = Dictionary(ordered.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        func name(_ id: Int64) -> String { units[id].map { $0.name.text(language) } ?? "#\(id)" }
        let d = meeting.draft
        title = d.title
        self.notice = notice.map { text($0) }
        date = d.date.description
        kind = CodedLabel(d.kind, display)
        convenor = d.convenor
        place = d.place.isEmpty ? nil : d.place
        recordedBy = meeting.createdBy
        agenda = d.agenda.enumerated().map { index, item in
            AgendaRow(
                number: index + 1, text: item.text,
                link: item.link.map { Self.link($0, tasks: tasks, display: display, catalog: catalog) })
        }
        attendance = d.attendance.sorted { name($0.key) < name($1.key) }.map {
            AttendanceRow(unit: name($0.key), status: CodedLabel($0.value, display))
        }
        let counts = MeetingAttendanceStatus.allCases.map { status in
            "\(display.text(status.label)) \(d.attendance.values.filter { $0 == status }.count)"
        }
        attendanceCounts = counts.joined(separator: language == .zh ? "，" : ", ")
        minutes = d.minutes
        decisions = meeting.decisions.map { decision in
            let task = decision.taskId.map { id in
                LinkedLabel(label: Self.taskLabel(id, tasks), href: MeetingView.taskHref(id))
            }
            let outcome =
                decision.taskId == nil
                ? "meeting_decision_task_gone"
                : decision.createdTask ? "meeting_decision_created" : "meeting_decision_linked"
            return DecisionRow(
                number: decision.number, text: decision.text, task: task, outcome: text(outcome),
                created: decision.createdTask)
        }
        decisionForm =
            mayWrite
            ? MeetingDecisionFormView(
                meetingId: meeting.id, number: (meeting.decisions.map(\.number).max() ?? 0) + 1, form: form,
                errors: errors, units: units, plans: plans, tasks: ordered, display: display, catalog: catalog)
            : nil
        editHref = mayWrite ? MeetingRoute.editMeeting(id: meeting.id).link() : nil
        deleteHref = mayWrite ? MeetingRoute.deleteMeetingConfirm(id: meeting.id).link() : nil
        backHref = MeetingRoute.meetings.link()
    }

    /// The task page.
    static func taskHref(_ id: Int64) -> String { PlanRoute.task(id: id).link() }

    /// `3.2 深化经贸合作`, or `#id` for a task not found.
    static func taskLabel(_ id: Int64, _ tasks: [Int64: PlanTask]) -> String {
        tasks[id].map { "\($0.draft.number) \($0.draft.title)" } ?? "#\(id)"
    }

    private static func link(_ link: AgendaLink, tasks: [Int64: PlanTask], display: Display, catalog: LabelCatalog)
        -> LinkedLabel
    {
        let kind = display.text(link.kind.label)
        switch link.kind {
        case .task:
            return LinkedLabel(label: "\(kind) \(taskLabel(link.id, tasks))", href: taskHref(link.id))
        case .partnership:
            return LinkedLabel(label: "\(kind) #\(link.id)", href: RegistryRoute.editPartnership(id: link.id).link())
        case .notice:
            return LinkedLabel(label: "\(kind) #\(link.id)", href: NoticeRoute.notice(id: link.id).link())
        }
    }
}
