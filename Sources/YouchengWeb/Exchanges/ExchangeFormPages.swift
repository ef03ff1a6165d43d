import Hummingbird
import YouchengCore

/// The exchange forms: `GET /exchanges/new`, `GET /exchanges/{id}/edit`, and their targets `POST /exchanges` and
/// `POST /exchanges/{id}` (with a hidden `version`). Refused fields re-render the form (422) with the input kept and
/// each message beside its field; success redirects (303) to the list with a saved notice. Compliance breaches of an
/// outgoing delegation are shown, never a reason to refuse.
struct ExchangeFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let principal = try context.principal()
        var form = ExchangeForm()
        form.kind = ExchangeKind.incomingDelegation.rawValue
        if principal.role == .editor { form.unit = String(principal.unitId) }
        let lookups = try await dependencies.exchangeContext()
        return try await render(form, mode: .create, lookups: lookups, request: request, context: context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let stored = try await dependencies.writableExchange(
            id: try context.pathID(), principal: try context.principal())
        let lookups = try await dependencies.exchangeContext()
        let form = ExchangeForm(exchange: stored, importer: lookups.importer, language: context.language)
        return try await render(
            form, mode: .update(id: stored.id, version: stored.version), lookups: lookups,
            breaches: lookups.rules.check(stored.draft), stored: stored, request: request, context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        return try await save(ExchangeForm(fields: fields.pairs), mode: .create, request: request, context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let id = try context.pathID()
        let version = try fields.version()
        return try await save(
            ExchangeForm(fields: fields.pairs), mode: .update(id: id, version: version), request: request,
            context: context)
    }

    private func save(
        _ form: ExchangeForm, mode: FormMode, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let principal = try context.principal()
        var stored: Exchange?
        if let id = mode.id { stored = try await dependencies.writableExchange(id: id, principal: principal) }
        let lookups = try await dependencies.exchangeContext()
        let units = ExchangeFormView.choosableUnits(lookups.units, principal: principal, stored: stored)
        let draft: ExchangeDraft
        switch form.validate(importer: lookups.importer, units: units) {
        case .failure(let errors):
            return try await render(
                form, mode: mode, lookups: lookups, errors: errors, stored: stored, status: .unprocessableContent,
                request: request, context: context)
        case .success(let valid): draft = valid
        }
        try dependencies.authorize(draft, stored: stored, principal: principal)
        do {
            let saved = try await dependencies.exchanges.save(
                draft, id: mode.id, expectedVersion: mode.version, actor: try context.auditActor())
            let target = ExchangeRoute.exchanges.link([("saved", String(saved.id))])
            return Response(status: .seeOther, headers: [.location: target])
        } catch let error as ExchangeError where error != .notFound {
            // Stale: someone saved in between; nothing is overwritten, the input stays, and the form keeps its old
            // version (so saving it again is refused again) while showing what changed: reopen to start from it.
            var meanwhile: ChangedMeanwhileView?
            if case .staleVersion = error, let id = mode.id, let version = mode.version {
                let fields = AuditFieldDisplay(
                    display: dependencies.display(context.language), catalog: dependencies.renderer.catalog,
                    unitNames: lookups.unitsById.mapValues { $0.nameZh },
                    partnerNames: lookups.partnersById.mapValues { $0.displayName(context.language) },
                    domainNames: lookups.domainsByCode.mapValues { $0.label.text(context.language) })
                meanwhile = ChangedMeanwhileView(
                    try await dependencies.changedMeanwhile(.exchange, id: id, since: version), of: .exchange,
                    rebased: nil, fields: fields, timeZone: dependencies.configuration.timeZone)
            }
            return try await render(
                form, mode: mode, lookups: lookups, conflict: error, breaches: lookups.rules.check(draft),
                stored: stored, meanwhile: meanwhile, status: .conflict, request: request, context: context)
        }
    }

    private func render(
        _ form: ExchangeForm, mode: FormMode, lookups: ExchangeContext, errors: FieldErrors? = nil,
        conflict: ExchangeError? = nil, breaches: [ComplianceBreach] = [], stored: Exchange? = nil,
        meanwhile: ChangedMeanwhileView? = nil, status: HTTPResponse.Status = .ok, request: Request,
        context: WebRequestContext
    ) async throws -> Response {
        let principal = try context.principal()
        var view = ExchangeFormView(
            form: form, mode: mode, errors: errors, conflict: conflict, breaches: breaches,
            units: ExchangeFormView.choosableUnits(lookups.units, principal: principal, stored: stored),
            lookups: lookups, optionalUnit: principal.role == .admin, language: context.language,
            catalog: dependencies.renderer.catalog)
        view.meanwhile = meanwhile
        let page: ExchangeRoute = mode.id.map { .editExchange(id: $0) } ?? .newExchange
        return try await dependencies.renderer.page(
            "exchange-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}
