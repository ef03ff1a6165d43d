import YouchengCore

/// A plan page's task table: the filters (unit, status, overdue, combined as the API combines them), one row a task
/// by number, 50 a page, and what to do when no task shows.
struct PlanTaskTable: Sendable {
    struct Row: Sendable {
        let id: Int64
        let number: String
        let title: String
        let href: String
        let lead: String
        let cooperating: String
        let due: String
        let status: CodedLabel
        let progress: String
        let overdue: Bool
    }

    let unitOptions: [SelectOption]
    let statusOptions: [SelectOption]
    let overdueOptions: [SelectOption]
    let resetHref: String
    let rows: [Row]
    let countText: String
    /// Set when no task shows: what to do.
    let emptyText: String?
    let pagination: Pagination?

    init(
        planId: Int64, tasks: [PlanTask], filter: PlanTaskFilter, asOfGiven: Bool, page: Int, names: UnitNames,
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        let any = SelectOption(value: "", label: text("plans_filter_any"))
        var involved = Set(tasks.flatMap { [$0.draft.leadUnitId] + $0.draft.cooperatingUnitIds })
        if let unit = filter.unit { involved.insert(unit) }
        unitOptions =
            [any]
            + involved.map { (id: $0, name: names.name($0)) }.sorted { ($0.name, $0.id) < ($1.name, $1.id) }.map {
                SelectOption(value: String($0.id), label: $0.name, selected: $0.id == filter.unit)
            }
        statusOptions =
            [any]
            + PlanTaskStatus.allCases.map {
                SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == filter.status)
            }
        overdueOptions = [
            any, SelectOption(value: "true", label: text("plans_filter_overdue_yes"), selected: filter.overdue == true),
            SelectOption(value: "false", label: text("plans_filter_overdue_no"), selected: filter.overdue == false),
        ]
        var pairs: [(String, String)] = asOfGiven ? [("asOf", filter.asOf.description)] : []
        resetHref = PlanRoute.plan(id: planId).link(pairs) + "#tasks"
        if let unit = filter.unit { pairs.append(("unit", String(unit))) }
        if let status = filter.status { pairs.append(("status", status.rawValue)) }
        if let overdue = filter.overdue { pairs.append(("overdue", String(overdue))) }
        let shown = tasks.filter(filter.admits)
        let per = PlanPage.per
        let pageCount = max(1, (shown.count + per - 1) / per)
        rows = shown.dropFirst((page - 1) * per).prefix(per).map { task in
            Row(
                id: task.id, number: task.draft.number, title: task.draft.title,
                href: PlanRoute.task(id: task.id).link(), lead: names.name(task.draft.leadUnitId),
                cooperating: names.names(task.draft.cooperatingUnitIds),
                due: task.draft.due?.description ?? text("plans_no_due"), status: CodedLabel(task.status, display),
                progress: "\(task.progress)%", overdue: PlanRules.isOverdue(task, asOf: filter.asOf))
        }
        countText = Pagination.countText(
            total: shown.count, page: page, per: per, shown: rows.count, noneKey: "plans_tasks_none",
            rangeKey: "plans_tasks_count", catalog: catalog, language: language)
        // A plan without tasks says how to add one; otherwise the filters (or a page past the end) hid them.
        emptyText = rows.isEmpty ? text(tasks.isEmpty ? "plans_tasks_empty" : "plans_tasks_empty_filtered") : nil
        pagination = Pagination(page: page, count: pageCount, catalog: catalog, language: language) { [pairs] in
            PlanRoute.plan(id: planId).link(pairs + [("page", String($0))]) + "#tasks"
        }
    }
}
