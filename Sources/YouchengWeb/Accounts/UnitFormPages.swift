import Hummingbird
import YouchengCore

/// The unit forms (admins): `GET /units/new`, `GET /units/{id}/edit` and their targets `POST /units` and
/// `POST /units/{id}` (with a hidden `version`). Errors re-render the form beside each field with the input kept
/// (422); a stale version or a taken name is a conflict (409) that changes nothing; success redirects (303) to the
/// list. Changes go through `UnitStore`, which audits them with the signed-in admin as actor.
struct UnitFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        var form = UnitForm()
        form.kind = UnitKind.bureau.rawValue
        return try await render(form, mode: .create, request: request, context: context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let unit = try await stored(try context.pathID())
        return try await render(
            UnitForm(unit: unit, localities: dependencies.reference.localities),
            mode: .update(id: unit.id, version: unit.version), request: request, context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.account, context)
        return try await save(UnitForm(fields: fields.fields), mode: .create, request: request, context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let fields = try await request.postedForm(.account, context)
        let version = try fields.version()
        _ = try await stored(id)
        return try await save(
            UnitForm(fields: fields.fields), mode: .update(id: id, version: version), request: request,
            context: context)
    }

    private func stored(_ id: Int64) async throws -> MemberUnit {
        guard let unit = try await dependencies.accounts.units.unit(id: id) else {
            throw AccountError.unitNotFound(String(id))
        }
        return unit
    }

    private func save(
        _ form: UnitForm, mode: FormMode, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let draft: UnitDraft
        switch form.validate(reference: dependencies.reference) {
        case .failure(let errors):
            return try await render(
                form, mode: mode, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .success(let valid): draft = valid
        }
        let units = dependencies.accounts.units
        let actor = try context.auditActor()
        do {
            let unit =
                if let id = mode.id, let version = mode.version {
                    try await units.update(id: id, draft, expectedVersion: version, by: actor)
                } else {
                    try await units.create(draft, by: actor)
                }
            return Response(
                status: .seeOther, headers: [.location: AccountRoute.units.link([("saved", String(unit.id))])])
        } catch AccountError.duplicateUnitName(let name) {
            let error = FieldError(
                code: "duplicate_unit", field: "name_zh", message: AccountError.duplicateUnitName(name).message)
            return try await render(
                form, mode: mode, errors: FieldErrors(errors: [error]), status: .conflict, request: request,
                context: context)
        } catch AccountError.staleVersion(let current) {
            return try await render(
                form, mode: mode, formError: AccountError.staleVersion(current: current).message, status: .conflict,
                request: request, context: context)
        } catch let errors as FieldErrors {
            return try await render(
                form, mode: mode, errors: errors, status: .unprocessableContent, request: request, context: context)
        }
    }

    private func render(
        _ form: UnitForm, mode: FormMode, errors: FieldErrors? = nil, formError: Bilingual? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        var unit: MemberUnit?
        var history: AuditHistoryView?
        if let id = mode.id {
            unit = try await dependencies.accounts.units.unit(id: id)
            history = try await dependencies.history(.unit, id: id, language: context.language)
        }
        let view = UnitFormView(
            form: form, mode: mode, unit: unit, errors: errors, formError: formError, history: history,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        let page: AccountRoute = mode.id.map { .editUnit(id: $0) } ?? .newUnit
        return try await dependencies.renderer.page(
            "unit-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}
