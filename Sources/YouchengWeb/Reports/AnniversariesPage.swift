import Hummingbird
import YouchengCore

/// `GET /anniversaries`: the 5th, 10th, 15th … anniversaries from `from` to `to` (default: the next 12 months) of
/// partnerships at or under `home`.
struct AnniversariesPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        let parameters = PageParameters(query: query, reference: dependencies.reference)
        let today = dependencies.todayDay
        let (from, to) = try parameters.period(from: today, to: { $0.lastOfTwelveMonths ?? $0 })
        let home = try parameters.home()
        let found = try await dependencies.reports.anniversaries(from: from, to: to, home: home)
        let view = AnniversariesView(
            found: found, from: from, to: to, raw: query, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "anniversaries", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}

/// The anniversaries page's view model.
struct AnniversariesView: Sendable {
    /// One anniversary: the partnership, the day and how many years it marks.
    struct Row: Sendable {
        let partnership: PartnershipCells
        let date: String
        let years: Int
    }

    let title: String
    let filters: ReportFilterForm
    let rows: [Row]
    let countText: String
    let calendarHref: String

    init(found: [Anniversary], from: Day, to: Day, raw: QueryString, display: Display, catalog: LabelCatalog) {
        let language = display.language
        title = catalog.text("anniversaries_title", language)
        filters = ReportFilterForm(
            id: "anniversary-filters", route: ReportRoute.anniversaries,
            fields: ReportFilterForm.Field.period(from: from, to: to, catalog: catalog, language: language) + [
                .home(label: catalog.text("column_home", language), raw: raw, catalog: catalog, language: language)
            ])
        rows = found.map { anniversary in
            Row(
                partnership: PartnershipCells(anniversary.record, display: display),
                date: display.date(anniversary.date), years: anniversary.years)
        }
        countText = catalog.text(
            "anniversaries_count", language,
            [
                "count": String(rows.count), "from": from.partialDate.map { display.date($0) } ?? from.description,
                "to": to.partialDate.map { display.date($0) } ?? to.description,
            ])
        calendarHref = CalendarRoute.calendarSettings.link()
    }
}
