import Hummingbird
import YouchengCore

/// `GET /partnerships`: the searchable, filterable, sortable, paged table.
struct PartnershipListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let query = try PartnershipQuery(parameters: raw.pairs, reference: dependencies.reference)
        let page = try await dependencies.repository.list(query)
        let display = dependencies.display(context.language)
        let view = PartnershipListView(
            query: query, page: page, raw: raw, display: display, catalog: dependencies.renderer.catalog)
        return try dependencies.renderer.page(
            "partnerships", title: dependencies.renderer.text("list_title", context.language), content: view,
            frame: PageFrame(request: request, context: context))
    }
}
