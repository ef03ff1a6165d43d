import Hummingbird

/// Cooperation projects (合作项目): the list with its exports, the funnel, the forms to record and edit one, one
/// project with its stage and note forms, deleting one after a confirmation, and the same through the API. Everyone
/// signed in reads; writers (administrators, and editors for their own unit's projects, checked by the handlers)
/// write. `WebRoute.groups` lists this group for registration.
enum ProjectRoute: Route {
    /// The list.
    case projects
    /// The list as CSV.
    case projectsCSV
    /// The list as XLSX.
    case projectsXLSX
    /// The list as a JSON file.
    case projectsJSON
    /// The funnel.
    case funnel
    /// The form to record a project.
    case newProject
    /// Its target.
    case createProject
    /// One project.
    case project(id: Int64)
    /// The form to edit a project.
    case editProject(id: Int64)
    /// Its target.
    case updateProject(id: Int64)
    /// The stage form's target.
    case changeStage(id: Int64)
    /// The note form's target.
    case addNote(id: Int64)
    /// The page asking to confirm a deletion.
    case deleteProjectConfirm(id: Int64)
    /// The deletion.
    case deleteProject(id: Int64)
    /// The upload form of a projects file.
    case importForm
    /// Its target: a check, or the import of every row.
    case importUpload
    /// The list as JSON.
    case apiProjects
    /// A new project through the API.
    case apiCreateProject
    /// One project as JSON.
    case apiProject(id: Int64)
    /// A change through the API.
    case apiUpdateProject(id: Int64)
    /// A stage change through the API.
    case apiProjectStage(id: Int64)
    /// A note through the API.
    case apiProjectNote(id: Int64)
    /// A deletion through the API.
    case apiDeleteProject(id: Int64)

    /// One instance of each route, for registration (ids are placeholders).
    static let all: [ProjectRoute] = [
        // Fixed paths before `project(id:)`, whose pattern would also match them where patterns are tried in order.
        .projects, .projectsCSV, .projectsXLSX, .projectsJSON, .funnel, .newProject, .createProject, .importForm,
        .importUpload, .project(id: 0), .editProject(id: 0), .updateProject(id: 0), .changeStage(id: 0),
        .addNote(id: 0),
        .deleteProjectConfirm(id: 0), .deleteProject(id: 0), .apiProjects,
        .apiCreateProject, .apiProject(id: 0), .apiUpdateProject(id: 0), .apiProjectStage(id: 0),
        .apiProjectNote(id: 0), .apiDeleteProject(id: 0),
    ]

    /// Method, path, access and handler of each route.
    var declaration: RouteDeclaration {
        switch self {
        case .projects: .get(["projects"], .signedIn) { ProjectListPage(dependencies: $0).show }
        case .projectsCSV:
            .get(["projects.csv"], .signedIn) { ProjectExport(dependencies: $0, format: .csv).download }
        case .projectsXLSX:
            .get(["projects.xlsx"], .signedIn) { ProjectExport(dependencies: $0, format: .xlsx).download }
        case .projectsJSON:
            .get(["projects.json"], .signedIn) { ProjectExport(dependencies: $0, format: .json).download }
        case .funnel: .get(["projects", "funnel"], .signedIn) { ProjectFunnelPage(dependencies: $0).show }
        case .newProject: .get(["projects", "new"], .writer) { ProjectFormPages(dependencies: $0).new }
        case .createProject: .post(["projects"], .writer) { ProjectFormPages(dependencies: $0).create }
        case .project(let id): .get(["projects", .id(id)], .signedIn) { ProjectDetailPage(dependencies: $0).show }
        case .editProject(let id):
            .get(["projects", .id(id), "edit"], .writer) { ProjectFormPages(dependencies: $0).edit }
        case .updateProject(let id):
            .post(["projects", .id(id), "edit"], .writer) { ProjectFormPages(dependencies: $0).update }
        case .changeStage(let id):
            .post(["projects", .id(id), "stage"], .writer) { ProjectDetailPage(dependencies: $0).changeStage }
        case .addNote(let id):
            .post(["projects", .id(id), "notes"], .writer) { ProjectDetailPage(dependencies: $0).addNote }
        case .deleteProjectConfirm(let id):
            .get(["projects", .id(id), "delete"], .writer) { ProjectDeletePages(dependencies: $0).confirm }
        case .deleteProject(let id):
            .post(["projects", .id(id), "delete"], .writer) { ProjectDeletePages(dependencies: $0).delete }
        case .importForm: .get(["projects", "import"], .writer) { ProjectImportPages(dependencies: $0).form }
        case .importUpload: .post(["projects", "import"], .writer) { ProjectImportPages(dependencies: $0).upload }
        case .apiProjects: .get(["api", "v1", "projects"], .signedIn) { ProjectsAPI(dependencies: $0).list }
        case .apiCreateProject: .post(["api", "v1", "projects"], .writer) { ProjectsAPI(dependencies: $0).create }
        case .apiProject(let id):
            .get(["api", "v1", "projects", .id(id)], .signedIn) { ProjectsAPI(dependencies: $0).show }
        case .apiUpdateProject(let id):
            .patch(["api", "v1", "projects", .id(id)], .writer) { ProjectsAPI(dependencies: $0).update }
        case .apiProjectStage(let id):
            .post(["api", "v1", "projects", .id(id), "stage"], .writer) { ProjectsAPI(dependencies: $0).changeStage }
        case .apiProjectNote(let id):
            .post(["api", "v1", "projects", .id(id), "notes"], .writer) { ProjectsAPI(dependencies: $0).addNote }
        case .apiDeleteProject(let id):
            .delete(["api", "v1", "projects", .id(id)], .writer) { ProjectsAPI(dependencies: $0).delete }
        }
    }
}
