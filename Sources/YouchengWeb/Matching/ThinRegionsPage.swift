import Hummingbird
import YouchengCore

/// `GET /pipeline/thin?home=`: for a home (the user's unit's home when none is given), each continent and country
/// group with a target share against its actual share and the gap in partnerships, and the districts under the home
/// with no partner. Administrators get the link to the home's settings.
struct ThinRegionsPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let principal = try context.principal()
        let scope = try MatchingScope(
            query: raw, reference: dependencies.reference,
            fallback: try await dependencies.defaultMatchingHome(principal))
        var table: ThinRegions?
        if let home = scope.home {
            table = try await dependencies.matchingContext(home).thinRegions(
                localities: dependencies.reference.localities)
        }
        let view = ThinRegionsView(
            scope: scope, table: table, saved: raw["saved"] != nil, mayEdit: AccessPolicy.mayAdminister(principal),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "thin-regions", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
