import Hummingbird
import YouchengCore

/// `GET /dormant`: active partnerships with no exchange in the last N years (`years`, default the setting), as of a
/// day (`as_of`, default today), for a home and what lies under it (`home`); longest silence first.
struct DormantPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        let parameters = PageParameters(query: query, reference: dependencies.reference)
        let home = try parameters.home()
        let asOf = try parameters.asOfDay(default: dependencies.todayDay)
        let given = try parameters.years()
        let years: Int
        if let given { years = given } else { years = try await dependencies.settings.dormantYears() }
        let findings = try await dependencies.reports.dormant(years: years, asOf: asOf, home: home)
        let view = DormantView(
            findings: findings, years: years, asOf: asOf, raw: query,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "dormant", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}

/// The dormant page's view model.
struct DormantView: Sendable {
    /// One silent partnership with its last exchange: the cells the list shows, named by hand for the template in
    /// `TemplateModel+Exchanges.swift` (hundreds of rows; looking a field up by reflection was most of the page's time).
    struct Row: Sendable {
        let id: Int64
        let home: LinkedLabel
        let partner: LinkedLabel
        let country: String
        let established: String
        let lastExchange: String
        let never: Bool

        init(cells: PartnershipCells, lastExchange: String, never: Bool) {
            (id, home, partner) = (cells.id, cells.home, cells.partner)
            (country, established) = (cells.country.label, cells.established)
            self.lastExchange = lastExchange
            self.never = never
        }
    }

    let title: String
    let filters: ReportFilterForm
    let rows: [Row]
    let countText: String

    init(
        findings: [DormantRule.Finding], years: Int, asOf: Day, raw: QueryString, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        title = catalog.text("dormant_title", language)
        filters = ReportFilterForm(
            id: "dormant-filters", route: ExchangeRoute.dormant,
            fields: [
                .years(label: catalog.text("dormant_years", language), value: years),
                .date(
                    "as_of", id: "f-as-of", label: catalog.text("dormant_as_of", language),
                    value: PageParameters.asOfText(raw)),
                .home(label: catalog.text("column_home", language), raw: raw, catalog: catalog, language: language),
            ])
        rows = findings.map { finding in
            Row(
                cells: PartnershipCells(finding.record, display: display),
                lastExchange: finding.lastExchange.flatMap(\.partialDate).map { display.date($0) }
                    ?? catalog.text("dormant_never", language),
                never: finding.lastExchange == nil)
        }
        countText = catalog.text(
            "dormant_count", language,
            [
                "count": String(findings.count), "years": String(years),
                "date": asOf.partialDate.map { display.date($0) } ?? "",
            ])
    }
}
