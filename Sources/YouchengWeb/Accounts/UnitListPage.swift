import Hummingbird
import YouchengCore

/// `GET /units` (admins): every member unit, inactive ones marked; `?active=1` shows the active ones only.
struct UnitListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        let activeOnly: Bool
        switch query["active"] ?? "" {
        case "", "0": activeOnly = false
        case "1": activeOnly = true
        case let other: throw WebError.invalidParameter("active", other)
        }
        let units = try await dependencies.accounts.units.list(includeInactive: !activeOnly)
        let view = UnitListView(
            units: units, activeOnly: activeOnly, savedId: query["saved"].flatMap { Int64($0) },
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "units", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
