import Hummingbird
import YouchengCore

/// `GET /api/v1/summary?home=&as_of= (or asOf=)`: the situation summary, the same JSON as `youcheng summary --json`.
struct SummaryAPI: Sendable {
    let dependencies: WebDependencies

    func summary(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let scope = try SummaryScope(
            query: try request.queryString(), reference: dependencies.reference, today: dependencies.today)
        let summary = try await scope.summary(dependencies.repository, dependencies.reference)
        return JSONResponse.response(try summary.jsonData(pretty: false))
    }
}
