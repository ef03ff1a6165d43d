import Hummingbird
import YouchengCore

/// The project forms (administrators; editors for their own unit): `GET /projects/new`, `GET /projects/{id}/edit`,
/// and their targets `POST /projects` and `POST /projects/{id}/edit` (with a hidden `version`). Refused fields
/// re-render the form (422) with the input kept and each message beside its field; a stale version re-renders it
/// with 409 and a link to reopen the project; success redirects (303) to the project.
struct ProjectFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        var form = ProjectForm()
        form.date = dependencies.todayDay.description
        form.unit = String(try context.principal().unitId)
        form.kind = ProjectKind.investment.rawValue
        return try await render(form, mode: .create, errors: nil, status: .ok, request: request, context: context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        let lookups = try await dependencies.exchangeContext()
        var form = ProjectForm(project.draft)
        form.partners = [
            project.draft.partnerIds.map { lookups.importer.uniqueName(partnerId: $0) }.joined(separator: "、")
        ]
        return try await render(
            form, mode: .update(id: project.id, version: project.version), errors: nil, status: .ok, request: request,
            context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        return try await save(Self.form(fields), mode: .create, request: request, context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        return try await save(
            Self.form(fields), mode: .update(id: project.id, version: try fields.version()), request: request,
            context: context)
    }

    private func save(_ form: ProjectForm, mode: FormMode, request: Request, context: WebRequestContext)
        async throws -> Response
    {
        let lookups = try await dependencies.exchangeContext()
        let today = dependencies.todayDay
        let errors: FieldErrors
        var status = HTTPResponse.Status.unprocessableContent
        switch form.validated(today: today, names: lookups.importer) {
        case .failure(let refused): errors = refused
        case .success(let valid):
            do {
                let store = dependencies.services.projects
                let actor = try context.auditActor()
                let principal = try context.principal()
                let saved: CooperationProject
                if let id = mode.id {
                    let stored = try await dependencies.storedProject(id: id)
                    try dependencies.authorize(valid.draft, stored: stored, principal: principal)
                    saved = try await store.update(
                        id: id, valid.draft, expectedVersion: mode.version, today: today, by: actor)
                } else {
                    try dependencies.authorize(valid.draft, stored: nil, principal: principal)
                    saved = try await store.create(valid.draft, stage: valid.stage, date: valid.date, by: actor)
                }
                return Response(
                    status: .seeOther, headers: [.location: ProjectRoute.project(id: saved.id).link([("saved", "1")])])
            } catch let error as ProjectError where error.field != nil {
                if case .staleVersion = error { status = .conflict }
                errors = FieldErrors(errors: [error.fieldError])
            }
        }
        return try await render(form, mode: mode, errors: errors, status: status, request: request, context: context)
    }

    /// The form as posted.
    static func form(_ fields: QueryString) -> ProjectForm {
        var form = ProjectForm()
        form.title = fields["title"] ?? ""
        form.partners = [fields["partners"] ?? ""]
        form.unit = fields["unit"] ?? ""
        form.kind = fields["kind"] ?? ""
        form.agreed = fields["agreed"] ?? ""
        form.realised = fields["realised"] ?? ""
        form.currency = fields["currency"] ?? ""
        form.budget = fields["budget"] ?? ""
        form.actualCost = fields["actualCost"] ?? ""
        form.sourceKind = fields["sourceKind"] ?? ""
        form.sourceReference = fields["source"] ?? ""
        form.stage = fields["stage"] ?? ""
        form.date = fields["date"] ?? ""
        return form
    }

    private func render(
        _ form: ProjectForm, mode: FormMode, errors: FieldErrors?, status: HTTPResponse.Status, request: Request,
        context: WebRequestContext
    ) async throws -> Response {
        let lookups = try await dependencies.exchangeContext()
        let view = ProjectFormView(
            form: form, mode: mode, errors: errors, lookups: lookups, principal: try context.principal(),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        let page: any Route = mode.id.map { ProjectRoute.editProject(id: $0) } ?? ProjectRoute.newProject
        return try await dependencies.renderer.page(
            "project-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}
