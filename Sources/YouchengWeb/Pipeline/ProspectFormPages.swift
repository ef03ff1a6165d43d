import Hummingbird
import YouchengCore

/// `GET /prospects/new` (prefilled from the query's `home`, `name`, `nameZh`, `country`, `themes`, `geonameId`, so
/// other pages can link to it), `POST /prospects`, `GET /prospects/{id}/edit`, `POST /prospects/{id}/edit` (with
/// a hidden `version`): the prospect form, for editors (their own unit) and administrators. Refused fields re-render
/// it (422) with the input kept and each message beside its field; a prospect changed since the form was opened is
/// a conflict (409) that changes nothing; success redirects (303) to the prospect.
struct ProspectFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        let principal = try context.principal()
        let form = ProspectForm(
            home: query["home"] ?? principal.unitHomeCode ?? "", name: query["name"] ?? "",
            nameZh: query["nameZh"] ?? "", country: query["country"] ?? "", geonameId: query["geonameId"] ?? "",
            unit: query["unit"] ?? String(principal.unitId), themes: query["themes"] ?? "")
        return try await render(form, mode: .create, request: request, context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let form = Self.form(try await request.postedForm(.record, context))
        return try await save(form, stored: nil, mode: .create, request: request, context: context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let prospect = try await dependencies.writableProspect(
            id: try context.pathID(), principal: try context.principal())
        return try await render(
            ProspectForm(prospect), mode: .update(id: prospect.id, version: prospect.version), request: request,
            context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let stored = try await dependencies.writableProspect(
            id: try context.pathID(), principal: try context.principal())
        return try await save(
            Self.form(fields), stored: stored, mode: .update(id: stored.id, version: try fields.version()),
            request: request, context: context)
    }

    private func save(
        _ form: ProspectForm, stored: Prospect?, mode: FormMode, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let checked: ProspectForm.Checked
        switch form.validated(reference: dependencies.reference) {
        case .failure(let errors):
            return try await render(
                form, mode: mode, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .success(let valid): checked = valid
        }
        try dependencies.authorize(checked.draft, stored: stored, principal: try context.principal())
        let store = dependencies.services.prospects
        let actor = try context.auditActor()
        do {
            let saved =
                if let id = mode.id {
                    try await store.update(id: id, checked.draft, expectedVersion: mode.version, by: actor)
                } else {
                    try await store.create(
                        checked.draft, stage: checked.stage, date: checked.date, today: dependencies.noticeToday,
                        by: actor)
                }
            return Response(
                status: .seeOther, headers: [.location: PipelineRoute.prospect(id: saved.id).link([("saved", "1")])])
        } catch let error as ProspectError {
            if case .staleVersion = error {
                return try await render(
                    form, mode: mode, formError: error.message, status: .conflict, request: request, context: context)
            }
            guard error.field != nil else { throw error }
            let errors = FieldErrors(errors: [FieldError(code: "refused", field: error.field, message: error.message)])
            return try await render(
                form, mode: mode, errors: errors, status: .unprocessableContent, request: request, context: context)
        }
    }

    /// The form as posted (the API's field names).
    static func form(_ fields: QueryString) -> ProspectForm {
        ProspectForm(
            home: fields["home"] ?? "", name: fields["name"] ?? "", nameZh: fields["nameZh"] ?? "",
            country: fields["country"] ?? "", geonameId: fields["geonameId"] ?? "", unit: fields["unit"] ?? "",
            themes: fields["themes"] ?? "", notes: fields["notes"] ?? "", stage: fields["stage"] ?? "",
            date: fields["date"] ?? "")
    }

    private func render(
        _ form: ProspectForm, mode: FormMode, errors: FieldErrors? = nil, formError: Bilingual? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let principal = try context.principal()
        let units = try await dependencies.accounts.units.list(includeInactive: false).filter {
            AccessPolicy.mayAdminister(principal) || $0.id == principal.unitId || String($0.id) == form.unit
        }
        let view = ProspectFormView(
            form: form, mode: mode, units: units, errors: errors, formError: formError,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        let page: PipelineRoute = mode.id.map { .editProspect(id: $0) } ?? .newProspect
        return try await dependencies.renderer.page(
            "prospect-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}
