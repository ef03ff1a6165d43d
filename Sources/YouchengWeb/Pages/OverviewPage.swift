import Hummingbird
import YouchengCore

/// `GET /`: the situation paragraph, its figures, the top countries, counts by continent, kind, level and group.
struct OverviewPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let scope = try SummaryScope(
            query: try request.queryString(), reference: dependencies.reference, today: dependencies.today)
        let summary = try await scope.summary(dependencies.repository, dependencies.reference)
        let view = OverviewView(
            summary: summary, scope: scope, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        return try dependencies.renderer.page(
            "overview", title: dependencies.renderer.text("overview_title", context.language), content: view,
            frame: PageFrame(request: request, context: context))
    }
}
