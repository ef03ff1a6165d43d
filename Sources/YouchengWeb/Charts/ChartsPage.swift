import Hummingbird
import YouchengCore

/// `GET /charts`: the registry and the exchanges drawn as charts, each with its numbers as a table. `home` limits
/// the partnerships (as on the overview) and the exchanges (to those organized by units under it); `from` and `to`
/// choose the exchanges' period (default: the last five calendar years up to today).
struct ChartsPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        let scope = try SummaryScope(query: query, reference: dependencies.reference, today: dependencies.today)
        let parameters = PageParameters(query: query, reference: dependencies.reference)
        let today = dependencies.todayDay
        let (from, to) = try parameters.period(
            from: Day(year: today.year - 4, month: 1, day: 1) ?? today, to: { _ in today })
        let view = ChartsView(
            input: try await input(scope: scope, from: from, to: to, today: today), home: scope.homeText, from: from,
            to: to, display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "charts", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }

    private func input(scope: SummaryScope, from: Day, to: Day, today: Day) async throws -> ChartsView.Input {
        let summary = try await scope.summary(dependencies.repository, dependencies.reference)
        let registryEmpty = summary.partnerships == 0 ? try await dependencies.repository.count() == 0 : false
        // The same partnerships the summary counts: not ended, under the home, established by the day or undated.
        var query = scope.listQuery
        query.to = nil
        let records = try await dependencies.repository.all(query).filter { record in
            record.partnership.established.map { $0 <= scope.asOf } ?? true
        }
        let domains = try await dependencies.exchanges.domains()
        let exchanges = ExchangeChartData(
            exchanges: try await dependencies.reports.exchanges(from: from, to: to, home: scope.home),
            fromYear: from.year, toYear: to.year, domains: domains)
        // "The last five years" as partnership health counts them: after the day five years ago, up to today.
        let windowStart = (today.yearsBefore(5)?.ordinal).flatMap { Day(ordinal: $0 + 1) } ?? today
        var seen = Set<Int64>()
        let partners = records.map(\.partner).filter { seen.insert($0.id).inserted }
        let ranking = PartnerActivityRanking(
            partners: partners, exchanges: try await dependencies.exchanges.exchanges(from: windowStart, to: today),
            from: windowStart, to: today)
        return ChartsView.Input(
            summary: summary, records: records, registryEmpty: registryEmpty, exchanges: exchanges, ranking: ranking)
    }
}
