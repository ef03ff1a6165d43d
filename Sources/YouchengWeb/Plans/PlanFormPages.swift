import Hummingbird
import YouchengCore

/// `GET /plans/new`, `POST /plans`, `GET /plans/{id}/edit`, `POST /plans/{id}` (administrators): the plan form.
/// Refused fields re-render it (422) with the input kept and each message beside its field; a plan changed since
/// the form was opened is a conflict (409) that changes nothing; success redirects (303) to the plan.
struct PlanFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try await render(PlanForm(), id: nil, request: request, context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try await save(PlanForm(fields: try await request.postedForm(.record, context)), id: nil, request, context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let plan = try await dependencies.storedPlan(id: try context.pathID())
        return try await render(PlanForm(plan), id: plan.id, request: request, context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let form = PlanForm(fields: try await request.postedForm(.record, context))
        _ = try await dependencies.storedPlan(id: id)
        return try await save(form, id: id, request, context)
    }

    private func save(_ form: PlanForm, id: Int64?, _ request: Request, _ context: WebRequestContext) async throws
        -> Response
    {
        let draft: PlanDraft
        switch form.draft() {
        case .failure(let errors):
            return try await render(
                form, id: id, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .success(let valid): draft = valid
        }
        let store = dependencies.services.plans
        let actor = try context.auditActor()
        do {
            let plan =
                if let id {
                    try await store.updatePlan(id: id, draft, expectedVersion: form.version ?? 0, actor: actor)
                } else {
                    try await store.createPlan(draft, actor: actor)
                }
            return Response(
                status: .seeOther, headers: [.location: PlanRoute.plan(id: plan.id).link([("saved", "1")])])
        } catch PlanError.staleVersion(let current) {
            return try await render(
                form, id: id, formError: PlanError.staleVersion(current: current).message, status: .conflict,
                request: request, context: context)
        } catch PlanError.planNotFound where draft.parentId != nil {
            let error = FieldError(
                code: "invalid_parent", field: "parentId",
                message: Bilingual(zh: "上级计划不存在", en: "the parent plan does not exist"))
            return try await render(
                form, id: id, errors: FieldErrors(errors: [error]), status: .unprocessableContent, request: request,
                context: context)
        } catch let errors as FieldErrors {
            return try await render(
                form, id: id, errors: errors, status: .unprocessableContent, request: request, context: context)
        }
    }

    private func render(
        _ form: PlanForm, id: Int64?, errors: FieldErrors? = nil, formError: Bilingual? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let plans = try await dependencies.services.plans.plans()
        let view = PlanFormView(
            form: form, id: id, plans: plans, errors: errors, formError: formError,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        let page: PlanRoute = id.map { .editPlan(id: $0) } ?? .newPlan
        return try await dependencies.renderer.page(
            "plan-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}

/// The plan form's view model: title, period, kind, status, parent plan, each with its value as typed and its
/// error; the version it was opened at.
struct PlanFormView: Sendable {
    let heading: String
    let action: String
    let version: String?
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String

    init(
        form: PlanForm, id: Int64?, plans: [Plan], errors: FieldErrors?, formError: Bilingual?, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "plans_plan_field_", errors: errors, language: language, catalog: catalog)
        heading = kit.text(id == nil ? "plans_new" : "plans_edit")
        action = id.map { PlanRoute.updatePlan(id: $0).link() } ?? PlanRoute.createPlan.link()
        version = form.version.map(String.init)
        fields = [
            kit.text("title", form.title, required: true),
            kit.date("from", form.from, entry: .day, required: true),
            kit.date("to", form.to, entry: .day, required: true),
            kit.select(
                "kind",
                PlanKind.allCases.map {
                    SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0.rawValue == form.kind)
                }),
            kit.select(
                "status",
                PlanStatus.allCases.map {
                    SelectOption(
                        value: $0.rawValue, label: display.text($0.label), selected: $0.rawValue == form.status)
                }),
            kit.select(
                "parentId",
                [SelectOption(value: "", label: kit.text("plans_no_parent"))]
                    + plans.filter { $0.id != id }.map {
                        SelectOption(value: String($0.id), label: $0.title, selected: String($0.id) == form.parentId)
                    }),
        ]
        hasFieldErrors = kit.hasErrors
        self.formError = formError?.text(language)
        formErrorLink =
            formError == nil
            ? nil
            : id.map {
                FormLink(href: PlanRoute.editPlan(id: $0).link(), label: kit.text("plans_reload"))
            }
        cancelHref = id.map { PlanRoute.plan(id: $0).link() } ?? PlanRoute.plans.link()
    }
}
