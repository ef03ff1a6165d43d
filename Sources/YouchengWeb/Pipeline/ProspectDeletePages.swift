import Hummingbird
import YouchengCore

/// Deleting a prospect (administrators, and editors of its unit): `GET /prospects/{id}/delete` shows what goes (the
/// prospect with its stage history) and asks to confirm; its form posts to `POST /prospects/{id}/delete`, which
/// deletes and goes back to the list (303). A signed prospect is not deleted: the page says why and offers no form,
/// and the POST is a 409 (`ProspectError.signedNotDeleted`).
struct ProspectDeletePages: Sendable {
    let dependencies: WebDependencies

    func confirm(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let prospect = try await dependencies.writableProspect(
            id: try context.pathID(), principal: try context.principal())
        let catalog = dependencies.renderer.catalog
        let display = dependencies.display(context.language)
        let signed = prospect.stage == .signed
        let view = ProspectDeleteView(
            heading: catalog.text("prospect_delete_title", display.language),
            row: ProspectRow(prospect, units: try await dependencies.noticeUnits(), display: display),
            warning: signed
                ? ProspectError.signedNotDeleted(partnershipId: prospect.partnershipId).message.text(display.language)
                : catalog.text(
                    "prospect_delete_warning", display.language, ["changes": String(prospect.history.count)]),
            action: signed ? nil : PipelineRoute.deleteProspect(id: prospect.id).link(), version: prospect.version,
            cancelHref: PipelineRoute.prospect(id: prospect.id).link())
        return try await dependencies.renderer.page(
            "prospect-delete", title: view.heading, content: view, frame: PageFrame(request: request, context: context))
    }

    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.action, context)
        let prospect = try await dependencies.writableProspect(
            id: try context.pathID(), principal: try context.principal())
        try await dependencies.services.prospects.delete(
            id: prospect.id, expectedVersion: Int(fields["version"] ?? ""), by: try context.auditActor())
        return Response(status: .seeOther, headers: [.location: PipelineRoute.prospects.link([("deleted", "1")])])
    }
}

/// The confirmation page's view model.
struct ProspectDeleteView: Sendable {
    let heading: String
    let row: ProspectRow
    /// What goes with it, or why it cannot be deleted.
    let warning: String
    /// The form's target; nil when the prospect cannot be deleted.
    let action: String?
    let version: Int
    let cancelHref: String
}
