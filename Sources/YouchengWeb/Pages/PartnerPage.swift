import Hummingbird
import YouchengCore

/// `GET /partners/{id}`: one partner with all its partnerships.
struct PartnerPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let query = try request.queryString()
        guard let found = try await dependencies.repository.partner(id: id) else { throw RegistryError.notFound }
        let principal = try context.principal()
        let policy = dependencies.policy
        let history =
            principal.role == .viewer
            ? nil
            : try await dependencies.history(
                partnerships: found.partnerships.map(\.partnership.id), language: context.language)
        let activity = PartnerActivityView(
            exchanges: try await dependencies.exchanges.timeline(partnerId: id), asOf: dependencies.todayDay,
            domains: try await dependencies.exchanges.domains(), display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        let view = PartnerView(
            partner: found.partner, partnerships: found.partnerships, savedId: query["saved"].flatMap { Int64($0) },
            deletedHome: query["deleted"], mayWrite: principal.role != .viewer,
            mayEdit: { policy.mayEditPartnership(home: $0.home.code, as: principal) }, history: history,
            activity: activity,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "partner", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
