import Hummingbird
import YouchengCore

/// `GET /projects/funnel`: the funnel of the projects the list's filters select (all by default): each stage's
/// count, how many reached it and the conversion to the next, drawn as bars, then the same by partner, by unit and by
/// domain.
struct ProjectFunnelPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try ProjectQuery(parameters: try request.queryString().pairs)
        let (days, today) = try await dependencies.stalledRule()
        let projects = try await dependencies.services.projects.all(query, days: days, asOf: today)
        let view = ProjectFunnelView(
            projects: projects, query: query, lookups: try await dependencies.exchangeContext(),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "project-funnel", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
