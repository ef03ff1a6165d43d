import Hummingbird
import YouchengCore

/// `GET /projects`: the projects, filtered by unit, partner, domain, stage, stalled and year (all combine), sorted
/// by a column, 50 a page, with the exports of the same query. A bad parameter is refused with a 400 naming it.
struct ProjectListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let query = try ProjectQuery(parameters: raw.pairs)
        let (days, today) = try await dependencies.stalledRule()
        let page = try await dependencies.services.projects.list(query, days: days, asOf: today)
        let principal = try context.principal()
        let lookups = try await dependencies.exchangeContext()
        let view = ProjectListView(
            query: query, page: page, lookups: lookups,
            partnersWithProjects: try await dependencies.services.projects.partnerIds(),
            rule: (query.days ?? days, query.asOf ?? today),
            deleted: raw["deleted"] != nil, mayWrite: AccessPolicy.mayWrite(principal),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "projects", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
