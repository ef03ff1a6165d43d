/// How promptly a unit reported on the tasks it leads, over the quarters of a year that have ended (按时报送率).
public struct ReportRate: Sendable, Hashable {
    /// One report as the rate reads it: on which task, by which unit, dated when, saying which status.
    public struct Entry: Sendable, Hashable {
        /// The task reported on.
        public var taskId: Int64
        /// The reporting unit.
        public var unitId: Int64
        /// The report's date.
        public var day: Day
        /// The task's status it reports.
        public var status: PlanTaskStatus

        /// Creates an entry.
        public init(taskId: Int64, unitId: Int64, day: Day, status: PlanTaskStatus) {
            self.taskId = taskId
            self.unitId = unitId
            self.day = day
            self.status = status
        }
    }

    /// The unit.
    public var unitId: Int64
    /// Quarter-tasks it had to report on: for each ended quarter, each task it leads that was open in it.
    public var required: Int
    /// Of those, the ones it reported on within the quarter.
    public var reported: Int

    /// Creates a rate.
    public init(unitId: Int64, required: Int, reported: Int) {
        self.unitId = unitId
        self.required = required
        self.reported = reported
    }

    /// `reported ÷ required` as a whole percentage rounded half up, as the on-time answer rate rounds (one
    /// function); `required` is never 0 in `rates`.
    public var percent: Int { NoticeAnswerRate(unitId: unitId, addressed: required, onTime: reported).percent }

    /// The quarters of `year` that have ended by `asOf` (a quarter ends after its last day: on 31 March the first
    /// quarter has not ended, on 1 April it has).
    public static func endedQuarters(year: Int, asOf: Day) -> [Quarter] {
        (1...4).compactMap { Quarter(year: year, index: $0) }.filter { $0.lastDay < asOf }
    }

    /// Each unit's on-time report rate for `year` as of `asOf`. For each quarter of `year` that has ended by `asOf`
    /// and each task a unit LEADS that was open in that quarter, the unit had to report on the task within the
    /// quarter. A task was open in a quarter when its plan is in force and its period overlaps the quarter, its due
    /// date (if any) is not before the quarter's first day, and it was not done or cancelled before that day — its
    /// status then is what its latest report dated before that day says (not started without one; a task closed
    /// without any report counts as closed all along). The unit reported when one of its own reports on the task is
    /// dated within the quarter. `reports` are in the order they were made (by date, then as stored); `plans` must
    /// hold every task's plan (a task whose plan is missing is not counted). Units with nothing required are not
    /// listed: they have no rate. In unit id order.
    public static func rates(
        year: Int, asOf: Day, plans: [Plan], tasks: [PlanTask], reports: [Entry]
    ) -> [ReportRate] {
        let quarters = endedQuarters(year: year, asOf: asOf)
        guard !quarters.isEmpty else { return [] }
        let plans = Dictionary(plans.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let history = Dictionary(grouping: reports, by: \.taskId)
        var rates: [Int64: ReportRate] = [:]
        for task in tasks {
            guard let plan = plans[task.planId], plan.draft.status == .inForce else { continue }
            let entries = history[task.id] ?? []
            let lead = task.draft.leadUnitId
            for quarter in quarters where wasOpen(task, plan: plan, entries: entries, in: quarter) {
                var rate = rates[lead] ?? ReportRate(unitId: lead, required: 0, reported: 0)
                rate.required += 1
                if entries.contains(where: { $0.unitId == lead && quarter.contains($0.day) }) { rate.reported += 1 }
                rates[lead] = rate
            }
        }
        return rates.values.sorted { $0.unitId < $1.unitId }
    }

    /// Whether `task` of `plan` was open in `quarter`, its reports being `entries` in the order made.
    static func wasOpen(_ task: PlanTask, plan: Plan, entries: [Entry], in quarter: Quarter) -> Bool {
        let start = quarter.firstDay
        guard plan.draft.from <= quarter.lastDay, plan.draft.to >= start else { return false }
        if let due = task.draft.due, due < start { return false }
        if entries.isEmpty { return task.status.isOpen }
        return entries.last(where: { $0.day < start })?.status.isOpen ?? true
    }
}
