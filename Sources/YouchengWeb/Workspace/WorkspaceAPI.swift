import Hummingbird
import YouchengCore

/// `GET /api/v1/workspace[?unit=ID][&asOf=DATE]`: the workspace as JSON (`WorkspaceJSON`), the unit chosen as the
/// page chooses it (an editor naming another unit: 403; an unknown unit: 404). With no unit to show — none named and
/// the user's own unit deactivated — 400 naming `unit`.
struct WorkspaceAPI: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let parameters = PageParameters(query: try request.queryString(), reference: dependencies.reference)
        let asOf = try parameters.asOfDay(default: dependencies.todayDay)
        let units = try await dependencies.accounts.units.list(includeInactive: true)
        let choice = try WorkspaceUnit(parameters, principal: try context.principal(), units: units)
        guard let unit = choice.unit else {
            throw FieldError(
                code: "unit_required", field: "unit",
                message: Bilingual(
                    zh: "您的单位已停用，请用参数 unit 指定单位编号", en: "your unit is inactive: name a unit with parameter unit"))
        }
        let workspace = try await dependencies.services.workspace.workspace(unitId: unit.id, asOf: asOf)
        let rates = try await dependencies.responsiveness(year: asOf.year, asOf: asOf, unitId: unit.id)
        return JSONResponse.response(json: WorkspaceJSON(workspace, unit: unit, rates: rates).value)
    }
}
