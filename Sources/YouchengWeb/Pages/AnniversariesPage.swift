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
    struct Row: Sendable {
        let partnershipId: Int64
        let date: String
        let years: Int
        let home: String
        let partner: String
        let partnerHref: String
        let country: String
        let kind: String
    }

    let title: String
    let rows: [Row]
    let hasRows: Bool
    let count: Int
    let countText: String
    let from: String
    let to: String
    let home: String
    let action: String
    let calendarHref: String

    init(found: [Anniversary], from: Day, to: Day, raw: QueryString, display: Display, catalog: LabelCatalog) {
        let language = display.language
        title = catalog.text("anniversaries_title", language)
        rows = found.map { anniversary in
            let record = anniversary.record
            return Row(
                partnershipId: record.partnership.id, date: display.date(anniversary.date), years: anniversary.years,
                home: display.home(record.home), partner: display.partner(record.partner),
                partnerHref: RegistryRoute.partner(id: record.partner.id).link(),
                country: display.country(record.partner.country), kind: display.kind(record.partnership.kind))
        }
        hasRows = !rows.isEmpty
        count = rows.count
        countText = catalog.text(
            "anniversaries_count", language,
            [
                "count": String(rows.count), "from": from.partialDate.map { display.date($0) } ?? from.description,
                "to": to.partialDate.map { display.date($0) } ?? to.description,
            ])
        self.from = from.description
        self.to = to.description
        home = raw["home"] ?? ""
        action = ReportRoute.anniversaries.link()
        calendarHref = CalendarRoute.calendarSettings.link()
    }
}
