import Hummingbird
import YouchengCore

/// The projects as JSON for anyone signed in: `GET /api/v1/projects` (the list's filters, `stalled=true&days=&asOf=`
/// among them; `{"items", "page", "per", "total"}`) and `GET /api/v1/projects/{id}` with its version, history and
/// notes (`ProjectJSON`). 400 for a bad parameter, 404 for an unknown project.
struct ProjectsAPI: Sendable {
    let dependencies: WebDependencies

    /// The largest body a write may send.
    static let maxBodyBytes = 64 * 1024

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try ProjectQuery(parameters: try request.queryString().pairs)
        let (days, today) = try await dependencies.stalledRule()
        let page = try await dependencies.services.projects.list(query, days: days, asOf: today)
        let json = try await dependencies.projectJSON(days: query.days ?? days, asOf: query.asOf ?? today)
        return JSONResponse.response(json: json.page(page))
    }

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let project = try await dependencies.storedProject(id: try context.pathID())
        let (days, today) = try await dependencies.stalledRule()
        return JSONResponse.response(json: try await dependencies.projectJSON(days: days, asOf: today).project(project))
    }

    /// The answer with project `project` as `show` gives it.
    func answer(_ project: CooperationProject, status: HTTPResponse.Status) async throws -> Response {
        let (days, today) = try await dependencies.stalledRule()
        let json = try await dependencies.projectJSON(days: days, asOf: today)
        return JSONResponse.response(json: json.project(project), status: status)
    }
}
