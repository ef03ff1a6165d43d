import Hummingbird
import YouchengCore

/// `GET /activity`: the exchange figures of a period (`from`, `to`; default this year to today), optionally only
/// those of units at or under `home`: the sentence reports use, the delegation counts, and counts by kind, domain,
/// unit and country.
struct ActivityPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        let parameters = PageParameters(query: query, reference: dependencies.reference)
        let today = dependencies.todayDay
        let (from, to) = try parameters.period(
            from: Day(year: today.year, month: 1, day: 1) ?? today, to: { _ in today })
        let home = try parameters.home()
        let report = try await dependencies.reports.activity(from: from, to: to, home: home)
        let view = ActivityView(
            report: report, raw: query, today: today, domains: try await dependencies.exchanges.domains(),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "activity", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
