import Hummingbird

/// The twinning pipeline (结好意向): the board with the year's progress and the target form, the prospect list and
/// its exports, one prospect with its history and stage form, the prospect forms, deleting one after a confirmation,
/// and the same as JSON. Everyone signed in reads;
/// editors and administrators write prospects (editors their own unit's, which the handlers check); administrators
/// set targets. Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group.
enum PipelineRoute: Route {
    /// The board, progress against the target, and (administrators) the target form.
    case pipeline
    /// The target form's target.
    case setTarget
    /// The prospect list.
    case prospects
    /// The form to enter a prospect (prefilled from `home`, `name`, `nameZh`, `country`, `themes`, `geonameId`).
    case newProspect
    /// The new prospect form's target.
    case createProspect
    /// One prospect, its history and the stage form.
    case prospect(id: Int64)
    /// The form to edit a prospect.
    case editProspect(id: Int64)
    /// The edit form's target.
    case updateProspect(id: Int64)
    /// The stage form's target.
    case changeStage(id: Int64)
    /// The page asking to confirm a deletion.
    case deleteProspectConfirm(id: Int64)
    /// The deletion.
    case deleteProspect(id: Int64)
    /// The list as CSV.
    case prospectsCSV
    /// The list as XLSX.
    case prospectsXLSX
    /// The list as a JSON file.
    case prospectsJSON
    /// The progress as JSON.
    case apiPipeline
    /// Setting a target through the API.
    case apiSetTarget
    /// The prospect list as JSON.
    case apiProspects
    /// Entering a prospect through the API.
    case apiCreateProspect
    /// One prospect as JSON.
    case apiProspect(id: Int64)
    /// Changing a prospect's fields through the API.
    case apiUpdateProspect(id: Int64)
    /// Changing a prospect's stage through the API.
    case apiChangeStage(id: Int64)
    /// Deleting a prospect through the API.
    case apiDeleteProspect(id: Int64)

    /// One instance of each route, for registration (ids are placeholders).
    static let all: [PipelineRoute] = [
        .pipeline, .setTarget, .prospects, .newProspect, .createProspect, .prospect(id: 0), .editProspect(id: 0),
        .updateProspect(id: 0), .changeStage(id: 0), .apiPipeline, .apiSetTarget, .apiProspects, .apiCreateProspect,
        .apiProspect(id: 0), .apiUpdateProspect(id: 0), .apiChangeStage(id: 0), .deleteProspectConfirm(id: 0),
        .deleteProspect(id: 0), .prospectsCSV, .prospectsXLSX, .prospectsJSON, .apiDeleteProspect(id: 0),
    ]

    /// Method, path, access and handler of each route.
    var declaration: RouteDeclaration {
        switch self {
        case .pipeline: .get(["pipeline"], .signedIn) { PipelinePage(dependencies: $0).show }
        case .setTarget: .post(["pipeline", "target"], .admin) { PipelinePage(dependencies: $0).setTarget }
        case .prospects: .get(["prospects"], .signedIn) { ProspectListPage(dependencies: $0).show }
        case .newProspect: .get(["prospects", "new"], .writer) { ProspectFormPages(dependencies: $0).new }
        case .createProspect: .post(["prospects"], .writer) { ProspectFormPages(dependencies: $0).create }
        case .prospect(let id): .get(["prospects", .id(id)], .signedIn) { ProspectDetailPage(dependencies: $0).show }
        case .editProspect(let id):
            .get(["prospects", .id(id), "edit"], .writer) { ProspectFormPages(dependencies: $0).edit }
        case .updateProspect(let id):
            .post(["prospects", .id(id), "edit"], .writer) { ProspectFormPages(dependencies: $0).update }
        case .changeStage(let id):
            .post(["prospects", .id(id), "stage"], .writer) { ProspectDetailPage(dependencies: $0).changeStage }
        case .deleteProspectConfirm(let id):
            .get(["prospects", .id(id), "delete"], .writer) { ProspectDeletePages(dependencies: $0).confirm }
        case .deleteProspect(let id):
            .post(["prospects", .id(id), "delete"], .writer) { ProspectDeletePages(dependencies: $0).delete }
        case .prospectsCSV:
            .get(["prospects.csv"], .signedIn) { ProspectExport(dependencies: $0, format: .csv).download }
        case .prospectsXLSX:
            .get(["prospects.xlsx"], .signedIn) { ProspectExport(dependencies: $0, format: .xlsx).download }
        case .prospectsJSON:
            .get(["prospects.json"], .signedIn) { ProspectExport(dependencies: $0, format: .json).download }
        case .apiPipeline: .get(["api", "v1", "pipeline"], .signedIn) { PipelineAPI(dependencies: $0).progress }
        case .apiSetTarget: .put(["api", "v1", "targets"], .admin) { PipelineAPI(dependencies: $0).setTarget }
        case .apiProspects: .get(["api", "v1", "prospects"], .signedIn) { ProspectsAPI(dependencies: $0).list }
        case .apiCreateProspect:
            .post(["api", "v1", "prospects"], .writer) { ProspectsAPI(dependencies: $0).create }
        case .apiProspect(let id):
            .get(["api", "v1", "prospects", .id(id)], .signedIn) { ProspectsAPI(dependencies: $0).show }
        case .apiUpdateProspect(let id):
            .patch(["api", "v1", "prospects", .id(id)], .writer) { ProspectsAPI(dependencies: $0).update }
        case .apiChangeStage(let id):
            .post(["api", "v1", "prospects", .id(id), "stage"], .writer) { ProspectsAPI(dependencies: $0).changeStage }
        case .apiDeleteProspect(let id):
            .delete(["api", "v1", "prospects", .id(id)], .writer) { ProspectsAPI(dependencies: $0).delete }
        }
    }
}
