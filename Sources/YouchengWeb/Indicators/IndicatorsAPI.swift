import Hummingbird
import YouchengCore

/// `GET /api/v1/indicators[?year=YYYY]` and `GET /api/v1/scorecard[?year=…][&sort=…][&dir=…]`: the indicator table
/// and the unit scorecard as JSON (`IndicatorTable.json`, `Scorecard.json`), the same figures as the pages and the
/// commands. Units are named in Chinese.
struct IndicatorsAPI: Sendable {
    let dependencies: WebDependencies

    func table(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let table = try await dependencies.indicatorTable(year: try dependencies.indicatorYear(request))
        return JSONResponse.response(json: table.json)
    }

    func scorecard(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let (card, sort, descending, names) = try await dependencies.sortedScorecard(request, .zh)
        return JSONResponse.response(
            json: card.json(rows: card.sorted(by: sort, descending: descending, names: names), names: names))
    }
}
