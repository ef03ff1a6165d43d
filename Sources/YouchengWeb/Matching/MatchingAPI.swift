import Hummingbird
import YouchengCore

/// `GET /api/v1/suggestions?home=&themes=&country=&group=&sort=&page=&per=` and `GET /api/v1/thin-regions?home=`:
/// the figures of the pages as JSON (`MatchingJSON`), for anyone signed in. `home` is required here; a bad parameter
/// is a 400 naming it.
struct MatchingAPI: Sendable {
    let dependencies: WebDependencies

    func suggestions(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let home = try MatchingScope(query: raw, reference: dependencies.reference, fallback: nil).required()
        let query = try SuggestionQuery(parameters: raw.pairs, catalog: dependencies.reference.countries)
        let page = try await dependencies.matchingContext(home).suggestions(
            query, gazetteer: dependencies.maps.gazetteer(), catalog: dependencies.reference.countries)
        return JSONResponse.response(json: MatchingJSON.suggestions(page, home: home, query: query))
    }

    func thin(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let home = try MatchingScope(query: raw, reference: dependencies.reference, fallback: nil).required()
        let table = try await dependencies.matchingContext(home).thinRegions(
            localities: dependencies.reference.localities)
        return JSONResponse.response(json: MatchingJSON.thinRegions(table))
    }
}
