import Foundation
import Hummingbird
import YouchengCore
import YouchengSheets
import YouchengStore

/// `/projects/import`: upload a projects file (CSV or XLSX, the columns of the README) and either check it (the
/// default: every row read and checked, nothing stored) or import it, all rows or none. The file is read again on
/// each upload, so nothing waits in one server's memory between the check and the import. Editors may import only
/// their own unit's projects: a row of another unit is an error naming the row, and nothing is stored.
struct ProjectImportPages: Sendable {
    let dependencies: WebDependencies

    func form(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try await render(view(context), request: request, context: context)
    }

    func upload(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try await dependencies.importGate.run { try await check(request, context) }
    }

    private func check(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let parts = try await request.multipartParts(limit: dependencies.configuration.maxUploadBytes)
        try context.requireCSRF(try parts.first { $0.name == PostedForm.csrfField }?.text())
        let dryRun = parts.contains { $0.name == "dryRun" }
        var view = view(context)
        view.dryRun = dryRun
        let catalog = dependencies.renderer.catalog
        guard let file = parts.first(where: { $0.name == "file" }), !file.body.isEmpty else {
            view.errors = [BilingualLine(catalog.bilingual("import_nofile"))]
            return try await render(view, status: .badRequest, request: request, context: context)
        }
        view.filename = file.filename ?? ""
        let outcome: ProjectImportRun.Outcome
        do {
            let table = try RegistryFiles.read(
                data: file.body, filename: file.filename, limits: dependencies.configuration.tableLimits
            ).table
            let principal = try context.principal()
            let policy = dependencies.policy
            outcome = try await ProjectImportRun.run(
                table: table, dryRun: dryRun, today: dependencies.todayDay, services: dependencies.services,
                actor: try context.auditActor(),
                mayWrite: { policy.mayWriteProject(unitId: $0, as: principal) })
        } catch let error as RegistryFileError {
            outcome = ProjectImportRun.Outcome(rows: 0, ids: [], errors: [error.message])
        }
        guard outcome.succeeded else {
            view.errors = outcome.errors.prefix(ImportPages.maxErrorsShown).map(BilingualLine.init)
            return try await render(view, status: .unprocessableContent, request: request, context: context)
        }
        if dryRun {
            view.checked = catalog.text("project_import_checked", context.language, ["rows": String(outcome.rows)])
            view.dryRun = false
            return try await render(view, request: request, context: context)
        }
        return Response(
            status: .seeOther,
            headers: [.location: ProjectRoute.projects.link([("imported", String(outcome.ids.count))])])
    }

    private func view(_ context: WebRequestContext) -> ProjectImportView {
        ProjectImportView(
            fileHint: dependencies.renderer.text(
                "import_file_hint", context.language,
                ["mb": String(dependencies.configuration.maxUploadBytes / 1_048_576)]))
    }

    private func render(
        _ view: ProjectImportView, status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        try await dependencies.renderer.page(
            "project-import", title: dependencies.renderer.text("project_import_title", context.language),
            content: view,
            frame: PageFrame(
                request: request, context: context, switchTo: request.method == .get ? nil : ProjectRoute.importForm),
            status: status)
    }
}

/// The upload form, with the last upload's outcome: a check that passed, or every error.
struct ProjectImportView: Sendable {
    let action = ProjectRoute.importUpload.link()
    let listHref = ProjectRoute.projects.link()
    let fileHint: String
    /// Whether "check only" is ticked: on the first visit and after a refused import, not after a passed check.
    var dryRun = true
    /// The file last uploaded.
    var filename = ""
    /// "All N rows can be imported", after a check that passed.
    var checked: String?
    /// Every error of the last upload, each naming its row and column.
    var errors: [BilingualLine] = [] { didSet { hasErrors = !errors.isEmpty } }
    /// Whether there are errors to list (a stored field, for the template).
    private(set) var hasErrors = false
}
