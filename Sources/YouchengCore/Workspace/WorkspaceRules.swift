/// What a unit does on a task (its role, 角色): it leads it or cooperates on it.
public enum TaskRole: String, Sendable, Hashable, CaseIterable {
    /// 牵头: the unit leads the task.
    case lead
    /// 配合: the unit cooperates on it.
    case cooperating

    /// 牵头 / lead, 配合 / cooperating.
    public var label: Bilingual {
        switch self {
        case .lead: Bilingual(zh: "牵头", en: "lead")
        case .cooperating: Bilingual(zh: "配合", en: "cooperating")
        }
    }
}

/// The rules of a unit's workspace (工作台), as of a day.
public enum WorkspaceRules {
    /// The unit's role on `task`: lead, cooperating, or nil when it has none.
    public static func role(of unitId: Int64, on task: PlanTask) -> TaskRole? {
        if task.draft.leadUnitId == unitId { return .lead }
        return task.draft.cooperatingUnitIds.contains(unitId) ? .cooperating : nil
    }

    /// Whether the unit owes a report on `task` in `asOf`'s quarter: the plan is in force, the task is neither done
    /// nor cancelled, and none of the unit's own reports on it (`unitReportDays`) is dated in that quarter — a report
    /// on the quarter's first day counts. Another unit's report does not stand for this one's.
    public static func isReportDue(
        _ task: PlanTask, plan: PlanStatus, unitReportDays: some Sequence<Day>, asOf: Day
    ) -> Bool {
        // The plan's not-reported rule, asked of this unit's own days instead of the lead unit's.
        plan == .inForce && PlanRules.isNotReported(task, leadReportDays: unitReportDays, asOf: asOf)
    }

    /// `tasks` in the workspace's order: open tasks first, each part by due date (tasks without one last), ties kept
    /// in the order given.
    public static func ordered(_ tasks: [WorkspaceTask]) -> [WorkspaceTask] {
        tasks.enumerated().sorted { a, b in
            let (x, y) = (a.element.task, b.element.task)
            if x.status.isOpen != y.status.isOpen { return x.status.isOpen }
            switch (x.draft.due, y.draft.due) {
            case (let p?, let q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }

    /// The notices still waiting for the unit's answer — addressed to it and not answered by it — deadline first
    /// (those without a deadline last, newest first among equals).
    public static func waitingNotices(_ notices: [NoticeDetail], unitId: Int64) -> [Notice] {
        notices.filter { $0.notice.unitIds.contains(unitId) && $0.responses[unitId] == nil }.map(\.notice).sorted {
            a, b in
            switch (a.deadline, b.deadline) {
            case (let p?, let q?) where p != q: return p < q
            case (.some, nil): return true
            case (nil, .some): return false
            default: return (a.createdAt, a.id) > (b.createdAt, b.id)
            }
        }
    }
}
