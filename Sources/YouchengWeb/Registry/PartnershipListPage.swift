import Hummingbird
import YouchengCore

/// `GET /partnerships`: the searchable, filterable, sortable, paged table. A bad filter value shows the page again
/// with the message beside the field and no rows (400); see `ListQueryReading`.
struct PartnershipListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let reading = try ListQueryReading(raw, reference: dependencies.reference)
        let valid = reading.errors.errors.isEmpty
        let page =
            valid
            ? try await dependencies.repository.list(reading.query)
            : PartnershipPage(items: [], total: 0, page: 1, per: reading.query.per)
        let view = PartnershipListView(
            query: reading.query, page: page, raw: raw, errors: reading.errors,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog,
            mayEdit: { [policy = dependencies.policy, principal = try? context.principal()] record in
                principal.map { policy.mayEditPartnership(home: record.home.code, as: $0) } ?? false
            })
        return try await dependencies.renderer.page(
            "partnerships", title: dependencies.renderer.text("list_title", context.language), content: view,
            frame: PageFrame(request: request, context: context), status: valid ? .ok : .badRequest)
    }
}
