import Hummingbird
import YouchengCore

/// The indicator form (administrators): `GET /indicators/new`, `GET /indicators/{id}/edit`, and their targets
/// `POST /indicators` and `POST /indicators/{id}` (with a hidden `version`). Refused fields come back with the input
/// kept (422); a stale version or a code already used is a 409 with the input kept; success goes to the list (303).
struct IndicatorFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try await render(IndicatorForm(), mode: .create, request: request, context: context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let stored = try await dependencies.storedIndicator(id: try context.pathID())
        return try await render(
            IndicatorForm(stored.draft), mode: .update(id: stored.id, version: stored.version), request: request,
            context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        return try await save(IndicatorForm(fields: fields.fields), mode: .create, request: request, context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let mode = FormMode.update(id: try context.pathID(), version: try fields.version())
        return try await save(IndicatorForm(fields: fields.fields), mode: mode, request: request, context: context)
    }

    private func save(_ form: IndicatorForm, mode: FormMode, request: Request, context: WebRequestContext)
        async throws -> Response
    {
        if let id = mode.id { _ = try await dependencies.storedIndicator(id: id) }
        let categories = try await dependencies.services.indicators.categories()
        switch form.validate(categories: categories.map(\.code)) {
        case .failure(let errors):
            return try await render(
                form, mode: mode, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .success(let draft):
            do {
                _ = try await dependencies.services.indicators.save(
                    draft, id: mode.id, expectedVersion: mode.version, actor: try context.auditActor())
            } catch let error as IndicatorError where error != .notFound {
                return try await render(
                    form, mode: mode, conflict: error, status: .conflict, request: request, context: context)
            }
            return Response(
                status: .seeOther, headers: [.location: IndicatorRoute.manageIndicators.link([("saved", "1")])])
        }
    }

    private func render(
        _ form: IndicatorForm, mode: FormMode, errors: FieldErrors? = nil, conflict: IndicatorError? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let view = IndicatorFormView(
            form, mode: mode, categories: try await dependencies.services.indicators.categories(), errors: errors,
            conflict: conflict, language: context.language, catalog: dependencies.renderer.catalog)
        let page: IndicatorRoute = mode.id.map { .editIndicator(id: $0) } ?? .newIndicator
        return try await dependencies.renderer.page(
            "indicator-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}

/// The indicator form's view model.
struct IndicatorFormView: Sendable {
    let heading: String
    let action: String
    let version: Int?
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String

    init(
        _ form: IndicatorForm, mode: FormMode, categories: [IndicatorCategory], errors: FieldErrors?,
        conflict: IndicatorError?, language: Language, catalog: LabelCatalog
    ) {
        heading = catalog.text(
            mode.id == nil ? "indicators_new" : "indicator_edit_title", language, ["code": form.code])
        action = mode.id.map { IndicatorRoute.updateIndicator(id: $0).link() } ?? IndicatorRoute.createIndicator.link()
        version = mode.version
        let kit = FormFieldKit(labelPrefix: "indicator_field_", errors: errors, language: language, catalog: catalog)
        fields = [
            kit.text("code", form.code, required: true, hint: kit.text("indicator_hint_code")),
            kit.select(
                "category",
                categories.map {
                    SelectOption(value: $0.code, label: $0.name(language), selected: $0.code == form.category)
                }),
            kit.text("nameZh", form.nameZh, required: true, lang: "zh-Hans"),
            kit.text("nameEn", form.nameEn, lang: "en"),
            kit.text("measure", form.measure, hint: kit.text("indicator_hint_measure")),
            kit.select(
                "direction",
                IndicatorDirection.allCases.map {
                    SelectOption(
                        value: $0.rawValue, label: $0.label.text(language), selected: $0.rawValue == form.direction)
                }),
            kit.select(
                "formula",
                [
                    SelectOption(
                        value: IndicatorDraft.manual, label: catalog.text("indicators_manual", language),
                        selected: form.formula == IndicatorDraft.manual)
                ]
                    + IndicatorFormula.allCases.map {
                        SelectOption(
                            value: $0.rawValue, label: $0.label.text(language), selected: $0.rawValue == form.formula)
                    }),
            kit.text("position", form.position, inputMode: "numeric"),
        ]
        hasFieldErrors = kit.hasErrors
        switch conflict {
        case .staleVersion:
            formError = catalog.text("indicator_stale", language)
            formErrorLink = mode.id.map {
                FormLink(
                    href: IndicatorRoute.editIndicator(id: $0).link(), label: catalog.text("form_reopen", language))
            }
        default:
            formError = conflict?.message.text(language)
            formErrorLink = nil
        }
        cancelHref = IndicatorRoute.manageIndicators.link()
    }
}
