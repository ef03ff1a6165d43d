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
