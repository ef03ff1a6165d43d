import Hummingbird
import YouchengCore

/// `GET /prospects`: the prospects filtered by home (with the localities under it), unit, stage and country, sorted
/// by a column, 50 a page, each linking to its page, with links to the same rows' exports. A bad parameter is refused with a 400 naming it.
struct ProspectListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let query = try ProspectQuery(parameters: raw.pairs, localities: dependencies.reference.localities)
        let page = try await dependencies.services.prospects.list(query)
        let units = try await dependencies.accounts.units.list(includeInactive: true)
        let view = ProspectListView(
            query: query, page: page, units: units, deleted: raw["deleted"] != nil,
            mayWrite: AccessPolicy.mayWrite(try context.principal()), display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "prospects", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
