/// A plan's progress as of a day: tasks by status, overdue and not reported, and the same per lead unit.
public struct PlanProgress: Sendable, Hashable {
    /// One lead unit's row of the table.
    public struct UnitRow: Sendable, Hashable {
        /// The unit's id.
        public var unitId: Int64
        /// Its name (the Chinese one; the English one where given).
        public var name: Bilingual
        /// Tasks it leads.
        public var lead: Int
        /// Of those, done.
        public var done: Int
        /// Of those, overdue.
        public var overdue: Int
        /// Of those, not reported this quarter.
        public var notReported: Int
    }

    /// The plan.
    public var plan: Plan
    /// The day it is judged as of.
    public var asOf: Day
    /// Every task.
    public var tasks: Int
    /// Tasks per status, every status present (0 where none).
    public var byStatus: [PlanTaskStatus: Int]
    /// Overdue tasks.
    public var overdue: Int
    /// Tasks not reported in `asOf`'s quarter.
    public var notReported: Int
    /// One row per lead unit: most tasks led first, then by name.
    public var byUnit: [UnitRow]
    /// The ids of the overdue tasks, in the order given.
    public var overdueTaskIds: [Int64]
    /// The ids of the tasks not reported, in the order given.
    public var notReportedTaskIds: [Int64]

    /// Judges `tasks` of `plan` as of `asOf`; `leadReportDays` holds, per task id, the days of its lead unit's
    /// reports; `units` names the lead units (a unit not given is named by its id).
    public init(
        plan: Plan, tasks: [PlanTask], leadReportDays: [Int64: [Day]], units: [MemberUnit], asOf: Day
    ) {
        self.plan = plan
        self.asOf = asOf
        self.tasks = tasks.count
        var byStatus = Dictionary(uniqueKeysWithValues: PlanTaskStatus.allCases.map { ($0, 0) })
        var rows: [Int64: UnitRow] = [:]
        let names = Dictionary(units.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var overdueIds: [Int64] = []
        var notReportedIds: [Int64] = []
        for task in tasks {
            byStatus[task.status, default: 0] += 1
            let lead = task.draft.leadUnitId
            var row =
                rows[lead]
                ?? UnitRow(
                    unitId: lead, name: names[lead] ?? Bilingual(zh: "#\(lead)", en: "#\(lead)"), lead: 0, done: 0,
                    overdue: 0, notReported: 0)
            row.lead += 1
            if task.status == .done { row.done += 1 }
            if PlanRules.isOverdue(task, asOf: asOf) {
                row.overdue += 1
                overdueIds.append(task.id)
            }
            if PlanRules.isNotReported(task, leadReportDays: leadReportDays[task.id] ?? [], asOf: asOf) {
                row.notReported += 1
                notReportedIds.append(task.id)
            }
            rows[lead] = row
        }
        self.byStatus = byStatus
        overdue = overdueIds.count
        notReported = notReportedIds.count
        overdueTaskIds = overdueIds
        notReportedTaskIds = notReportedIds
        byUnit = rows.values.sorted { a, b in
            a.lead != b.lead ? a.lead > b.lead : (a.name.zh, a.unitId) < (b.name.zh, b.unitId)
        }
    }

    /// The units with a task not reported this quarter: most such tasks first, then in the table's order.
    public var unitsNotReported: [UnitRow] {
        byUnit.filter { $0.notReported > 0 }.enumerated().sorted { a, b in
            a.element.notReported != b.element.notReported
                ? a.element.notReported > b.element.notReported : a.offset < b.offset
        }.map(\.element)
    }
}
