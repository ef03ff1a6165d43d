import Hummingbird
import YouchengCore

/// `GET /indicators[?year=YYYY]`: each indicator's target, actual and status for a year (this year unless asked),
/// grouped by category; administrators get a link to each indicator's figures. A bad year is a 400 naming it.
struct IndicatorsPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let year = try dependencies.indicatorYear(request)
        let table = try await dependencies.indicatorTable(year: year)
        let view = IndicatorsView(
            table, mayEdit: IndicatorRoute.manageIndicators.access.admits(try context.principal()),
            language: context.language, catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "indicators", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}

/// The indicator table's view model: the year's form, then one table a category.
struct IndicatorsView: Sendable {
    struct Group: Sendable {
        let id: String
        let name: String
        let rows: [Row]
    }

    struct Row: Sendable {
        let id: Int64
        let code: String
        let name: String
        let measure: String
        let target: String
        let actual: String
        /// `met`, `close`, `behind` or `none`, for styling beside the words.
        let statusCode: String
        let status: String
        let source: String
        let editHref: String?
    }

    let title: String
    let action: String
    let year: String
    let groups: [Group]
    let emptyText: String?
    let mayEdit: Bool
    let manageHref: String
    let scorecardHref: String
    let moneyHref: String
    let previousHref: String
    let nextHref: String

    init(_ table: IndicatorTable, mayEdit: Bool, language: Language, catalog: LabelCatalog) {
        title = catalog.text("indicators_title", language, ["year": String(table.year)])
        action = IndicatorRoute.indicators.link()
        year = String(table.year)
        groups = table.groups.map { group in
            Group(
                id: "category-\(group.category.code)", name: group.category.name(language),
                rows: group.lines.map { Self.row($0, year: table.year, mayEdit: mayEdit, language, catalog) })
        }
        emptyText = groups.isEmpty ? catalog.text("indicators_empty", language) : nil
        self.mayEdit = mayEdit
        manageHref = IndicatorRoute.manageIndicators.link()
        scorecardHref = IndicatorRoute.scorecard.link([("year", String(table.year))])
        moneyHref = IndicatorRoute.money.link([("year", String(table.year))])
        previousHref = IndicatorRoute.indicators.link([("year", String(table.year - 1))])
        nextHref = IndicatorRoute.indicators.link([("year", String(table.year + 1))])
    }

    static func row(
        _ line: IndicatorTable.Line, year: Int, mayEdit: Bool, _ language: Language, _ catalog: LabelCatalog
    )
        -> Row
    {
        let draft = line.indicator.draft
        return Row(
            id: line.indicator.id, code: draft.code, name: draft.name(language), measure: draft.measure,
            target: line.target.map(IndicatorNumber.text) ?? catalog.text("indicators_no_target", language),
            actual: line.actual.map(IndicatorNumber.text) ?? catalog.text("indicators_not_available", language),
            statusCode: line.status?.rawValue ?? "none",
            status: line.status.map { $0.label.text(language) } ?? catalog.text("indicators_no_status", language),
            source: draft.formula.map {
                catalog.text("indicators_computed", language, ["formula": $0.label.text(language)])
            }
                ?? line.source,
            editHref: mayEdit
                ? IndicatorRoute.indicatorYear(id: line.indicator.id).link([("year", String(year))]) : nil)
    }
}
