import Hummingbird
import YouchengCore

/// `GET /pipeline/suggestions?home=&themes=&country=&group=&sort=&page=`: suggested partners for a home (the user's
/// unit's home when none is given), each row with its points per factor and why, 50 a page. Writers get the "make it
/// a prospect" link, administrators the link to the city's themes. A bad parameter is a 400 naming it.
struct SuggestionsPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let principal = try context.principal()
        let reference = dependencies.reference
        let scope = try MatchingScope(
            query: raw, reference: reference, fallback: try await dependencies.defaultMatchingHome(principal))
        let query = try SuggestionQuery(parameters: raw.pairs, catalog: reference.countries)
        var page: ListPage<Suggestion>?
        if let home = scope.home {
            page = try await dependencies.matchingContext(home).suggestions(
                query, gazetteer: dependencies.maps.gazetteer(), catalog: reference.countries)
        }
        let view = SuggestionsView(
            scope: scope, query: query, page: page,
            access: SuggestionsView.Access(
                prospects: AccessPolicy.mayWrite(principal), themes: AccessPolicy.mayAdminister(principal)),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "suggestions", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
