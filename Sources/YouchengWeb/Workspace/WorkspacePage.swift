import Hummingbird
import YouchengCore

/// `GET /workspace[?unit=ID][&asOf=DATE]`: what a member unit has to do — its tasks, the reports it owes this
/// quarter, the notices waiting for its answer, its exchanges this year and its two responsiveness rates. An editor
/// sees their own unit (naming another is refused, 403); administrators and viewers choose any. A bad parameter is
/// refused with a 400 naming it.
struct WorkspacePage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let parameters = PageParameters(query: try request.queryString(), reference: dependencies.reference)
        let asOf = try parameters.asOfDay(default: dependencies.todayDay)
        let units = try await dependencies.accounts.units.list(includeInactive: true)
        let choice = try WorkspaceUnit(parameters, principal: try context.principal(), units: units)
        var content: WorkspaceView.Blocks?
        if let unit = choice.unit {
            let workspace = try await dependencies.services.workspace.workspace(unitId: unit.id, asOf: asOf)
            let rates = try await dependencies.responsiveness(year: asOf.year, asOf: asOf, unitId: unit.id)
            content = WorkspaceView.Blocks(
                workspace, rates: rates, units: units, language: context.language,
                catalog: dependencies.renderer.catalog)
        }
        let view = WorkspaceView(
            choice: choice, asOf: asOf, explicitAsOf: !parameters.asOfText.isEmpty, blocks: content,
            language: context.language, catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "workspace", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
