/// The two rules plan progress is judged by, as of a day.
public enum PlanRules {
    /// Overdue: past its due date (a task due on `asOf` is not yet overdue) and neither done nor cancelled.
    public static func isOverdue(_ task: PlanTask, asOf: Day) -> Bool {
        guard let due = task.draft.due, task.status.isOpen else { return false }
        return due < asOf
    }

    /// Not reported in `asOf`'s quarter: neither done nor cancelled, and no report of the lead unit is dated in that
    /// quarter (`leadReportDays`: the days of the lead unit's reports on the task).
    public static func isNotReported(_ task: PlanTask, leadReportDays: some Sequence<Day>, asOf: Day) -> Bool {
        guard task.status.isOpen else { return false }
        let quarter = Quarter(containing: asOf)
        return !leadReportDays.contains { quarter.contains($0) }
    }
}
