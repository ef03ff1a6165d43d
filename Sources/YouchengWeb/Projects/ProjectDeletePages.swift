import Hummingbird
import YouchengCore

/// Deleting a project (administrators, and editors of its unit): `GET /projects/{id}/delete` shows what goes (the
/// project with its history and notes) and asks to confirm; its form posts to `POST /projects/{id}/delete`, which
/// deletes and goes back to the list (303).
struct ProjectDeletePages: Sendable {
    let dependencies: WebDependencies

    func confirm(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        let catalog = dependencies.renderer.catalog
        let language = context.language
        let view = ProjectDeleteView(
            heading: catalog.text("project_delete_title", language), title: project.draft.title,
            stage: CodedLabel(project.stage, dependencies.display(language)),
            warning: catalog.text(
                "project_delete_warning", language,
                ["changes": String(project.history.count), "notes": String(project.notes.count)]),
            action: ProjectRoute.deleteProject(id: project.id).link(), version: project.version,
            cancelHref: ProjectRoute.project(id: project.id).link())
        return try await dependencies.renderer.page(
            "project-delete", title: view.heading, content: view, frame: PageFrame(request: request, context: context))
    }

    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.action, context)
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        try await dependencies.services.projects.delete(
            id: project.id, expectedVersion: Int(fields["version"] ?? ""), by: try context.auditActor())
        return Response(status: .seeOther, headers: [.location: ProjectRoute.projects.link([("deleted", "1")])])
    }
}

/// The confirmation page's view model.
struct ProjectDeleteView: Sendable {
    let heading: String
    let title: String
    let stage: CodedLabel
    /// How many stage changes and notes go with it.
    let warning: String
    let action: String
    let version: Int
    let cancelHref: String
}
