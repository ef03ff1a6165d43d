import Hummingbird
import YouchengCore

/// Deleting an indicator (administrators): `GET /indicators/{id}/delete` shows it and says its targets and values
/// of every year go with it, and asks to confirm; `POST /indicators/{id}/delete` deletes it (audited) and goes back
/// to the list (303).
struct IndicatorDeletePages: Sendable {
    let dependencies: WebDependencies

    func confirm(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let indicator = try await dependencies.storedIndicator(id: try context.pathID())
        let catalog = dependencies.renderer.catalog
        let language = context.language
        let view = IndicatorDeleteView(
            heading: catalog.text("indicator_delete_title", language, ["code": indicator.draft.code]),
            name: indicator.draft.name(language), warning: catalog.text("indicator_delete_warning", language),
            action: IndicatorRoute.deleteIndicator(id: indicator.id).link(), version: indicator.version,
            cancelHref: IndicatorRoute.manageIndicators.link())
        return try await dependencies.renderer.page(
            "indicator-delete", title: view.heading, content: view, frame: PageFrame(request: request, context: context)
        )
    }

    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.action, context)
        _ = try await dependencies.services.indicators.delete(
            id: try context.pathID(), expectedVersion: try fields.version(), actor: try context.auditActor())
        return Response(status: .seeOther, headers: [.location: IndicatorRoute.manageIndicators.link()])
    }
}

/// The confirmation page's view model.
struct IndicatorDeleteView: Sendable {
    let heading: String
    let name: String
    let warning: String
    let action: String
    let version: Int
    let cancelHref: String
}
