import Hummingbird
import YouchengCore

/// `GET /plans/{id}`: the plan's progress as of `asOf` (today by default; a bad date is a 400 naming it) — the
/// sentence, tasks by status drawn as bars, the overdue tasks, those not reported this quarter, the table by lead
/// unit — then its tasks filtered by `unit`, `status` and `overdue` as the API filters them, by number, 50 a page.
/// The figures are `PlanStore.progress`, the very ones `youcheng plan status` prints.
struct PlanPage: Sendable {
    let dependencies: WebDependencies

    /// Tasks a page.
    static let per = 50

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let plan = try await dependencies.storedPlan(id: try context.pathID())
        let parameters = PageParameters(query: try request.queryString(), reference: dependencies.reference)
        let filter = try PlanTaskFilter(parameters, today: dependencies.todayDay)
        let page = try parameters.number("page", in: 1...1_000_000) ?? 1
        let store = dependencies.services.plans
        let progress = try await store.progress(planId: plan.id, asOf: filter.asOf)
        let tasks = try await store.tasks(planId: plan.id)
        var parent: Plan?
        if let id = plan.draft.parentId { parent = try await store.plan(id: id) }
        let view = PlanView(
            progress: progress, tasks: tasks, filter: filter, asOfGiven: !parameters.asOfText.isEmpty, page: page,
            parent: parent, names: UnitNames(units: try await dependencies.noticeUnits(), language: context.language),
            mayManage: AccessPolicy.mayManagePlans(try context.principal()),
            notice: try request.queryString()["saved"] != nil ? "plans_saved_notice" : nil,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "plan", title: plan.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
