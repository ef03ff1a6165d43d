import Hummingbird
import YouchengCore

/// `GET /meetings`: the meetings newest first, filtered by kind and year, a page at a time, each with how many
/// decisions it took and how many new tasks they made. A bad parameter is refused with a 400 naming it.
struct MeetingListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let query = try MeetingQuery(parameters: raw.pairs)
        let page = try await dependencies.services.meetings.list(query)
        let view = MeetingListView(
            query: query, page: page, deleted: raw["deleted"] != nil,
            mayWrite: AccessPolicy.mayAdminister(try context.principal()),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "meetings", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
