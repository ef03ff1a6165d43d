import Hummingbird
import YouchengCore

/// Deactivating a unit (admins), in two steps because the CSP allows no inline script for a `confirm()`:
/// `GET /units/{id}/deactivate` asks, and its button posts to the same address with the version the admin saw.
/// An inactive unit keeps its users and history; a stale version changes nothing (409).
struct UnitDeactivatePages: Sendable {
    let dependencies: WebDependencies

    func confirm(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        return try await render(try await stored(try context.pathID()), request: request, context: context)
    }

    func deactivate(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let fields = try await request.postedForm(.action, context)
        let version = try fields.version()
        do {
            let unit = try await dependencies.accounts.units.deactivate(
                id: id, expectedVersion: version, by: try context.auditActor())
            return Response(
                status: .seeOther, headers: [.location: AccountRoute.units.link([("saved", String(unit.id))])])
        } catch AccountError.staleVersion(let current) {
            return try await render(
                try await stored(id), error: AccountError.staleVersion(current: current).message, status: .conflict,
                request: request, context: context)
        }
    }

    private func stored(_ id: Int64) async throws -> MemberUnit {
        guard let unit = try await dependencies.accounts.units.unit(id: id) else {
            throw AccountError.unitNotFound(String(id))
        }
        return unit
    }

    private func render(
        _ unit: MemberUnit, error: Bilingual? = nil, status: HTTPResponse.Status = .ok, request: Request,
        context: WebRequestContext
    ) async throws -> Response {
        let users = try await dependencies.accounts.users.list().filter { $0.unitId == unit.id && $0.active }
        let view = UnitDeactivateView(
            unit: unit, activeUsers: users.count, error: error, catalog: dependencies.renderer.catalog,
            language: context.language)
        return try await dependencies.renderer.page(
            "unit-deactivate", title: view.heading, content: view,
            frame: PageFrame(
                request: request, context: context,
                switchTo: request.method == .get ? nil : AccountRoute.confirmDeactivateUnit(id: unit.id)),
            status: status)
    }
}

/// The confirmation page's view model.
struct UnitDeactivateView: Sendable {
    let heading: String
    let question: String
    let consequence: String
    let usersNote: String?
    let action: String
    let version: String
    /// The unit is inactive already: nothing to confirm.
    let alreadyInactive: String?
    let error: String?
    let reopenHref: String
    let cancelHref: String

    init(unit: MemberUnit, activeUsers: Int, error: Bilingual?, catalog: LabelCatalog, language: Language) {
        heading = catalog.text("unit_deactivate_title", language, ["name": unit.nameZh])
        question = catalog.text("unit_deactivate_question", language, ["name": unit.nameZh])
        consequence = catalog.text("unit_deactivate_consequence", language)
        usersNote =
            activeUsers > 0 ? catalog.text("unit_deactivate_users", language, ["count": String(activeUsers)]) : nil
        action = AccountRoute.deactivateUnit(id: unit.id).link()
        version = String(unit.version)
        alreadyInactive = unit.active ? nil : catalog.text("unit_inactive_notice", language)
        self.error = error?.text(language)
        reopenHref = AccountRoute.confirmDeactivateUnit(id: unit.id).link()
        cancelHref = AccountRoute.editUnit(id: unit.id).link()
    }
}
