import Hummingbird
import YouchengCore

/// The prospects as JSON for anyone signed in: `GET /api/v1/prospects` (the list page's filters `home`, `unit`,
/// `stage`, `country`, `sort`, `page`, `per`; `{"items", "page", "per", "total"}`) and `GET /api/v1/prospects/{id}`
/// with its history. 400 for a bad parameter, 404 for an unknown prospect.
struct ProspectsAPI: Sendable {
    let dependencies: WebDependencies

    /// The largest body a write accepts.
    static let maxBodyBytes = 64 * 1024

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try ProspectQuery(
            parameters: try request.queryString().pairs, localities: dependencies.reference.localities)
        return JSONResponse.response(json: ProspectJSON.list(try await dependencies.services.prospects.list(query)))
    }

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let prospect = try await dependencies.storedProspect(id: try context.pathID())
        return JSONResponse.response(json: ProspectJSON.prospect(prospect, history: true))
    }

    /// The body, after the CSRF check of a cookie session and the content type.
    func writeInput(_ request: Request, _ context: WebRequestContext, known: Set<String>) async throws
        -> PlanWriteInput
    {
        try await PlanWriteInput.read(request, context, known: known, limit: Self.maxBodyBytes)
    }

    /// `write`'s answer, field errors as 422 naming the fields.
    func answer(_ context: WebRequestContext, _ write: () async throws -> Response) async throws -> Response {
        try await APIWrite.refusingFields(context, write)
    }
}
