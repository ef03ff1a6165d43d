import YouchengCore

/// The prospect list's view model: the filters (home, unit, stage, country), the sortable column headers, one row
/// a prospect, the pages, and what to do when there is none.
struct ProspectListView: Sendable {
    /// A column header with its sort link.
    struct Column: Sendable {
        let key: String
        let label: String
        let href: String
        let ariaSort: String
        let indicator: String
    }

    let title: String
    /// Said after a deletion.
    let notice: String?
    let action: String
    let home: String
    let year: String
    let country: String
    let unitOptions: [SelectOption]
    let stageOptions: [SelectOption]
    let columns: [Column]
    let rows: [ProspectRow]
    let countText: String
    let newHref: String?
    let boardHref: String
    /// The exports of exactly the rows the filters select, on every page.
    let csvHref: String
    let xlsxHref: String
    let jsonHref: String
    /// Set when there is nothing to show: what to do next.
    let emptyText: String?
    let pagination: Pagination?

    init(
        query: ProspectQuery, page: ProspectPage, units: [MemberUnit], deleted: Bool, mayWrite: Bool,
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        title = text("prospects_title")
        notice = deleted ? text("prospect_deleted_notice") : nil
        action = PipelineRoute.prospects.link()
        home = query.home?.code ?? ""
        year = query.year.map(String.init) ?? ""
        country = query.country ?? ""
        unitOptions =
            [SelectOption(value: "", label: text("prospects_filter_any"))]
            + units.map {
                SelectOption(value: String($0.id), label: $0.name.text(language), selected: $0.id == query.unitId)
            }
        stageOptions =
            [SelectOption(value: "", label: text("prospects_filter_any"))]
            + ProspectStage.allCases.map {
                SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == query.stage)
            }
        let sortable: [ProspectQuery.SortColumn] = [.name, .country, .home, .stage, .date]
        columns = sortable.map { column in
            var target = query
            let current = query.sort == column
            target.sort = column
            target.descending = current && !query.descending
            target.page = 1
            return Column(
                key: column.rawValue, label: text("prospects_column_\(column.rawValue)"),
                href: PipelineRoute.prospects.link(target.parameters()),
                ariaSort: current ? (query.descending ? "descending" : "ascending") : "none",
                indicator: current ? (query.descending ? "▼" : "▲") : "")
        }
        let byId = Dictionary(units.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        rows = page.items.map { ProspectRow($0, units: byId, display: display) }
        countText = text("prospects_count", ["count": String(page.total)])
        newHref = mayWrite ? PipelineRoute.newProspect.link() : nil
        boardHref = PipelineRoute.pipeline.link()
        let filters = query.parameters(includePage: false).filter { $0.0 != "per" }
        csvHref = PipelineRoute.prospectsCSV.link(filters)
        xlsxHref = PipelineRoute.prospectsXLSX.link(filters)
        jsonHref = PipelineRoute.prospectsJSON.link(filters)
        emptyText =
            page.total > 0
            ? nil
            : text(
                query.isFiltered ? "prospects_empty_filtered" : mayWrite ? "prospects_empty" : "prospects_empty_reader")
        pagination = Pagination(page: page.page, count: page.pageCount, catalog: catalog, language: language) {
            var target = query
            target.page = $0
            return PipelineRoute.prospects.link(target.parameters())
        }
    }
}
