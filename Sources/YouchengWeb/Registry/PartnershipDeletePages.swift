import Hummingbird
import YouchengCore

/// Deleting a partnership: `GET /partnerships/{id}/delete` asks for confirmation, its form posts to
/// `POST /partnerships/{id}/delete` with the version shown; success goes back to the partner page. Deleting is for
/// records entered by mistake: a partnership that ended keeps its record with the status "ended".
struct PartnershipDeletePages: Sendable {
    let dependencies: WebDependencies

    func confirm(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let record = try await deletable(context)
        return try await render(record, conflict: false, request: request, context: context)
    }

    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.action, context)
        let record = try await deletable(context)
        let version = try fields.version()
        do {
            _ = try await dependencies.repository.delete(
                id: record.partnership.id, expectedVersion: version, actor: try context.auditActor())
        } catch RegistryError.staleVersion {
            // Someone changed it since the confirmation was shown: show it again as it is now.
            let current = try await deletable(context)
            return try await render(current, conflict: true, request: request, context: context)
        }
        let target = RegistryRoute.partner(id: record.partner.id).link([("deleted", record.home.code)])
        return Response(status: .seeOther, headers: [.location: target])
    }

    /// The partnership of the path, if the user may change it.
    private func deletable(_ context: WebRequestContext) async throws -> PartnershipRecord {
        guard let record = try await dependencies.repository.partnership(id: try context.pathID()) else {
            throw RegistryError.notFound
        }
        guard dependencies.policy.mayEditPartnership(home: record.home.code, as: try context.principal()) else {
            throw AccessDenied()
        }
        return record
    }

    private func render(
        _ record: PartnershipRecord, conflict: Bool, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let view = PartnershipDeleteView(
            record: record, conflict: conflict, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "partnership-delete", title: view.heading, content: view,
            frame: PageFrame(
                request: request, context: context,
                switchTo: RegistryRoute.deletePartnershipConfirm(id: record.partnership.id)),
            status: conflict ? .conflict : .ok)
    }
}

/// The confirmation page's view model: the record to delete and what deleting means.
struct PartnershipDeleteView: Sendable {
    let heading: String
    let partnership: PartnershipCells
    let action: String
    let version: String
    let cancelHref: String
    let conflict: Bool

    init(record: PartnershipRecord, conflict: Bool, display: Display, catalog: LabelCatalog) {
        heading = catalog.text("delete_title", display.language)
        partnership = PartnershipCells(record, display: display)
        action = RegistryRoute.deletePartnership(id: record.partnership.id).link()
        version = String(record.partnership.version)
        cancelHref = RegistryRoute.partner(id: record.partner.id).link()
        self.conflict = conflict
    }
}
