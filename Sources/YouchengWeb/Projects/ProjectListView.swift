import YouchengCore

/// The project list's view model: the filter form (unit, partner, domain, stage, stalled, year), the sortable
/// table, pagination, export links, and what to do when there is nothing to show.
struct ProjectListView: Sendable {
    let title: String
    let notice: String?
    let action: String
    let unitOptions: [SelectOption]
    let partnerOptions: [SelectOption]
    let kindOptions: [SelectOption]
    let stageOptions: [SelectOption]
    let stalled: Bool
    let stalledHint: String
    let year: String
    let columns: [PartnershipListView.Column]
    let rows: [ProjectRow]
    let countText: String
    let pagination: Pagination?
    let csvHref: String
    let xlsxHref: String
    let jsonHref: String
    let funnelHref: String
    let newHref: String?
    /// The upload form of a projects file, for those who may write.
    let importHref: String?
    /// Set when there is nothing to show: what to do next.
    let emptyText: String?

    init(
        query: ProjectQuery, page: ProjectPage, lookups: ExchangeContext, partnersWithProjects: Set<Int64>,
        rule: (days: Int, asOf: Day), notice: String?, mayWrite: Bool, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        title = text("projects_title")
        self.notice = notice
        action = ProjectRoute.projects.link()
        let any = SelectOption(value: "", label: text("projects_filter_any"))
        unitOptions =
            [any]
            + lookups.units.map {
                SelectOption(
                    value: String($0.id), label: lookups.unitName($0.id, language), selected: $0.id == query.unitId)
            }
        partnerOptions =
            [any]
            + lookups.partners.filter { partnersWithProjects.contains($0.id) }.map {
                SelectOption(
                    value: String($0.id), label: "\($0.displayName(language)) (\($0.country))",
                    selected: $0.id == query.partnerId)
            }.sorted { $0.label < $1.label }
        kindOptions =
            [any]
            + ProjectKind.allCases.map {
                SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == query.kind)
            }
        stageOptions =
            [any]
            + ProjectStage.allCases.map {
                SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == query.stage)
            }
        stalled = query.stalled
        stalledHint = text("projects_stalled_hint", ["days": String(rule.days), "asOf": rule.asOf.description])
        year = query.year.map(String.init) ?? ""
        columns = Self.columns(query, text)
        rows = page.items.map { ProjectRow($0, lookups: lookups, rule: rule, display: display) }
        countText = Pagination.countText(
            total: page.total, page: page.page, per: page.per, shown: page.items.count, noneKey: "projects_count_none",
            rangeKey: "projects_count", catalog: catalog, language: language)
        pagination = Pagination(page: page.page, count: page.pageCount, catalog: catalog, language: language) {
            var target = query
            target.page = $0
            return ProjectRoute.projects.link(target.parameters())
        }
        let parameters = query.parameters(includePage: false)
        csvHref = ProjectRoute.projectsCSV.link(parameters)
        xlsxHref = ProjectRoute.projectsXLSX.link(parameters)
        jsonHref = ProjectRoute.projectsJSON.link(parameters)
        funnelHref = ProjectRoute.funnel.link(parameters)
        newHref = mayWrite ? ProjectRoute.newProject.link() : nil
        importHref = mayWrite ? ProjectRoute.importForm.link() : nil
        emptyText =
            !page.items.isEmpty
            ? nil
            : text(
                page.total > 0
                    ? "empty_pastend"
                    : query.isFiltered
                        ? "projects_empty_filtered" : mayWrite ? "projects_empty" : "projects_empty_reader")
    }

    private static func columns(_ query: ProjectQuery, _ text: (String, [String: String]) -> String)
        -> [PartnershipListView.Column]
    {
        ProjectQuery.SortColumn.allCases.map { column in
            var target = query
            let current = query.sort == column
            target.sort = column
            // A new column starts with its natural order: days and amounts largest first, text and stages A–Z.
            target.descending =
                current ? !query.descending : (column == .updated || column == .started || column == .agreed)
            target.page = 1
            return PartnershipListView.Column(
                key: column.rawValue, label: text("project_sort_\(column.rawValue)", [:]),
                href: ProjectRoute.projects.link(target.parameters()),
                ariaSort: current ? (query.descending ? "descending" : "ascending") : "none",
                indicator: current ? (query.descending ? "▼" : "▲") : "")
        }
    }
}
