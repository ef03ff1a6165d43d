/// One of the unit's tasks as its workspace shows it: the plan, the unit's role, whether it is overdue and whether
/// the unit owes a report on it this quarter.
public struct WorkspaceTask: Sendable, Hashable {
    /// The task.
    public var task: PlanTask
    /// Its plan.
    public var plan: Plan
    /// What the unit does on it.
    public var role: TaskRole
    /// Past its due date and neither done nor cancelled (`PlanRules.isOverdue`).
    public var overdue: Bool
    /// The unit owes a report on it this quarter (`WorkspaceRules.isReportDue`).
    public var reportDue: Bool

    /// Creates a row.
    public init(task: PlanTask, plan: Plan, role: TaskRole, overdue: Bool, reportDue: Bool) {
        self.task = task
        self.plan = plan
        self.role = role
        self.overdue = overdue
        self.reportDue = reportDue
    }
}

/// What a member unit has to do, as of a day (工作台): its tasks, the reports it owes this quarter, the notices
/// waiting for its answer, and its exchanges this year.
public struct UnitWorkspace: Sendable, Hashable {
    /// The unit.
    public var unitId: Int64
    /// The day it is judged as of.
    public var asOf: Day
    /// The tasks the unit leads or cooperates on: open ones first, by due date (`WorkspaceRules.ordered`).
    public var tasks: [WorkspaceTask]
    /// The notices addressed to the unit it has not answered, deadline first.
    public var notices: [Notice]
    /// The unit's exchanges starting in `asOf`'s year.
    public var exchangeCount: Int
    /// The latest of them, newest first.
    public var latestExchanges: [Exchange]

    /// Judges, for unit `unitId` as of `asOf`, `tasks` (those it leads or cooperates on; others are left out) of
    /// `plans`, with the days of the unit's own reports on them (`unitReportDays`, by task id), and the notices
    /// addressed to it. A task whose plan is not given is left out.
    public init(
        unitId: Int64, asOf: Day, plans: [Plan], tasks: [PlanTask], unitReportDays: [Int64: [Day]],
        notices: [NoticeDetail], exchangeCount: Int, latestExchanges: [Exchange]
    ) {
        self.unitId = unitId
        self.asOf = asOf
        let plans = Dictionary(plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.tasks = WorkspaceRules.ordered(
            tasks.compactMap { task in
                guard let plan = plans[task.planId], let role = WorkspaceRules.role(of: unitId, on: task) else {
                    return nil
                }
                return WorkspaceTask(
                    task: task, plan: plan, role: role, overdue: PlanRules.isOverdue(task, asOf: asOf),
                    reportDue: WorkspaceRules.isReportDue(
                        task, plan: plan.draft.status, unitReportDays: unitReportDays[task.id] ?? [], asOf: asOf))
            })
        self.notices = WorkspaceRules.waitingNotices(notices, unitId: unitId)
        self.exchangeCount = exchangeCount
        self.latestExchanges = latestExchanges
    }

    /// The quarter reports are due in: `asOf`'s.
    public var quarter: Quarter { Quarter(containing: asOf) }

    /// The tasks the unit owes a report on this quarter, in the workspace's order.
    public var reportsDue: [WorkspaceTask] { tasks.filter(\.reportDue) }

    /// The year whose exchanges are counted: `asOf`'s.
    public var exchangeYear: Int { asOf.year }
}
