import YouchengCore

/// One plan's view model: its facts, its progress as of a day (sentence, bars by status, overdue and not reported
/// tasks, the table by lead unit) and its task table with filters and pages.
struct PlanView: Sendable {
    /// A task named by number and title, linked to its page.
    struct TaskLink: Sendable {
        let number: String
        let title: String
        let href: String
    }

    /// One figure of the progress: `fig-overdue` and its count.
    struct Figure: Sendable {
        let id: String
        let label: String
        let count: Int
    }

    /// One lead unit's row; the unit links to the tasks filtered by it.
    struct UnitRow: Sendable {
        let unit: String
        let href: String
        let lead: Int
        let done: Int
        let overdue: Int
        let notReported: Int
    }

    let title: String
    let notice: String?
    let kind: CodedLabel
    let period: String
    let status: CodedLabel
    let parentTitle: String?
    let parentHref: String?
    let editHref: String?
    let newTaskHref: String?
    let backHref: String
    let asOf: String
    let action: String
    let sentence: String
    let chart: String?
    let figures: [Figure]
    let overdueTasks: [TaskLink]
    let notReportedTasks: [TaskLink]
    let quarter: String
    let unitRows: [UnitRow]
    let tasks: PlanTaskTable

    init(
        progress: PlanProgress, tasks: [PlanTask], filter: PlanTaskFilter, asOfGiven: Bool, page: Int, parent: Plan?,
        names: UnitNames, mayManage: Bool, notice: String?, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        let plan = progress.plan
        let id = plan.id
        title = plan.title
        self.notice = notice.map { text($0) }
        kind = CodedLabel(plan.draft.kind, display)
        period = "\(plan.draft.from) – \(plan.draft.to)"
        status = CodedLabel(plan.draft.status, display)
        parentTitle = parent?.title
        parentHref = parent.map { PlanRoute.plan(id: $0.id).link() }
        editHref = mayManage ? PlanRoute.editPlan(id: id).link() : nil
        newTaskHref = mayManage ? PlanRoute.newTask(planId: id).link() : nil
        backHref = PlanRoute.plans.link()
        asOf = progress.asOf.description
        action = PlanRoute.plan(id: id).link()
        sentence = progress.sentence.text(language)
        let statuses = PlanTaskStatus.allCases
        chart =
            progress.tasks == 0
            ? nil
            : BarChartSVG(
                id: "plan-status", title: text("plans_chart_title"),
                description: text("plans_chart_description", ["asOf": asOf]),
                labels: statuses.map { display.text($0.label) }, values: statuses.map { progress.byStatus[$0] ?? 0 }
            ).render()
        figures = [
            Figure(id: "fig-tasks", label: text("plans_tasks"), count: progress.tasks),
            Figure(id: "fig-done", label: text("plans_done"), count: progress.byStatus[.done] ?? 0),
            Figure(id: "fig-in-progress", label: text("plans_in_progress"), count: progress.byStatus[.inProgress] ?? 0),
            Figure(id: "fig-overdue", label: text("plans_overdue"), count: progress.overdue),
            Figure(id: "fig-not-reported", label: text("plans_not_reported"), count: progress.notReported),
        ]
        let byId = Dictionary(uniqueKeysWithValues: tasks.map { ($0.id, $0) })
        func links(_ ids: [Int64]) -> [TaskLink] {
            ids.compactMap { byId[$0] }.map {
                TaskLink(number: $0.draft.number, title: $0.draft.title, href: PlanRoute.task(id: $0.id).link())
            }
        }
        overdueTasks = links(progress.overdueTaskIds)
        notReportedTasks = links(progress.notReportedTaskIds)
        quarter = Quarter(containing: progress.asOf).label.text(language)
        let asOfPair = asOfGiven ? [("asOf", asOf)] : []
        unitRows = progress.byUnit.map { row in
            UnitRow(
                unit: names.name(row.unitId),
                href: PlanRoute.plan(id: id).link(asOfPair + [("unit", String(row.unitId))]) + "#tasks",
                lead: row.lead, done: row.done, overdue: row.overdue, notReported: row.notReported)
        }
        self.tasks = PlanTaskTable(
            planId: id, tasks: tasks, filter: filter, asOfGiven: asOfGiven, page: page, names: names,
            display: display, catalog: catalog)
    }
}
