import Hummingbird
import YouchengCore

/// The partnership forms: `GET /partnerships/new`, `GET /partnerships/{id}/edit`, and their targets
/// `POST /partnerships` and `POST /partnerships/{id}` (with a hidden `version`). Errors re-render the form
/// beside each field with the input kept; success redirects (303) to the partner page.
struct PartnershipFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        // The partner page links here with its names and country filled in.
        let form = PartnershipForm(fields: try request.queryString().fields)
        return try await render(form, mode: .create, request: request, context: context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        guard let record = try await dependencies.repository.partnership(id: id) else { throw RegistryError.notFound }
        guard dependencies.policy.mayEditPartnership(home: record.home.code, as: try context.principal()) else {
            throw AccessDenied()
        }
        var form = PartnershipForm(record: record)
        form.country = dependencies.display(context.language).country(record.partner.country)
        return try await render(
            form, mode: .update(id: id, version: record.partnership.version), request: request, context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let form = PartnershipForm(fields: fields.fields)
        return try await save(form, mode: .create, request: request, context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let fields = try await request.postedForm(.record, context)
        let version = try fields.version()
        return try await save(
            PartnershipForm(fields: fields.fields), mode: .update(id: id, version: version), request: request,
            context: context)
    }

    private func save(
        _ form: PartnershipForm, mode: FormMode, request: Request, context: WebRequestContext
    ) async throws -> Response {
        var draft: PartnershipDraft
        switch form.validate(reference: dependencies.reference) {
        case .failure(let errors):
            return try await render(
                form, mode: mode, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .success(let valid): draft = valid
        }
        draft = try await dependencies.authorize(draft, id: mode.id, principal: try context.principal())
        do {
            let record = try await dependencies.repository.save(
                draft, id: mode.id, expectedVersion: mode.version, actor: try context.auditActor())
            let target = RegistryRoute.partner(id: record.partner.id).link([("saved", String(record.partnership.id))])
            return Response(status: .seeOther, headers: [.location: target])
        } catch RegistryError.staleVersion(let current) {
            // Show what changed since the form was opened and bring the form up to date: fields the user left alone
            // take their new values, fields both changed keep the user's (and are marked). A second save, now at the
            // current version, stores that; nothing is overwritten unseen.
            guard let id = mode.id else { throw RegistryError.notFound }
            let meanwhile = try await dependencies.changedMeanwhile(partnershipId: id, since: mode.version ?? current)
            let (rebased, conflicts) = form.rebased(draft, on: meanwhile)
            let fields = AuditFieldDisplay(
                display: dependencies.display(context.language), catalog: dependencies.renderer.catalog, unitNames: [:])
            let view = ChangedMeanwhileView(
                meanwhile, of: .partnership, rebased: (draft.auditValues, conflicts), fields: fields,
                timeZone: dependencies.configuration.timeZone)
            return try await render(
                rebased, mode: .update(id: id, version: current), conflict: .staleVersion(current: current),
                meanwhile: view, status: .conflict, request: request, context: context)
        } catch let error as RegistryError where error != .notFound {
            return try await render(
                form, mode: mode, conflict: error, status: .conflict, request: request, context: context)
        }
    }

    private func render(
        _ form: PartnershipForm, mode: FormMode, errors: FieldErrors? = nil,
        conflict: RegistryError? = nil, meanwhile: ChangedMeanwhileView? = nil, status: HTTPResponse.Status = .ok,
        request: Request, context: WebRequestContext
    ) async throws -> Response {
        let view = PartnershipFormView(
            form: form, mode: mode, errors: errors, conflict: conflict, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog, meanwhile: meanwhile)
        let page: RegistryRoute = mode.id.map { .editPartnership(id: $0) } ?? .newPartnership
        return try await dependencies.renderer.page(
            "partnership-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}
