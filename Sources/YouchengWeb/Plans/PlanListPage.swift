import Hummingbird
import YouchengCore

/// `GET /plans`: the plans, latest period first, each with its tasks, those done and those overdue today; an empty
/// state that says how to add one (the command line's `plan import`, or the new-plan form for administrators).
struct PlanListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let store = dependencies.services.plans
        let today = dependencies.todayDay
        var progress: [PlanProgress] = []
        for plan in try await store.plans() { progress.append(try await store.progress(planId: plan.id, asOf: today)) }
        let view = PlanListView(
            progress: progress, mayManage: AccessPolicy.mayManagePlans(try context.principal()),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "plans", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}

/// The plan list's view model: one row a plan.
struct PlanListView: Sendable {
    struct Row: Sendable {
        let id: Int64
        let title: String
        let href: String
        let kind: CodedLabel
        let period: String
        let status: CodedLabel
        let tasks: Int
        let done: Int
        let overdue: Int
    }

    let title: String
    let rows: [Row]
    let newHref: String?
    /// Set when there is no plan: how to add one.
    let emptyText: String?
    let importHint: String?

    init(progress: [PlanProgress], mayManage: Bool, display: Display, catalog: LabelCatalog) {
        let language = display.language
        title = catalog.text("plans_title", language)
        rows = progress.map { p in
            let d = p.plan.draft
            return Row(
                id: p.plan.id, title: d.title, href: PlanRoute.plan(id: p.plan.id).link(),
                kind: CodedLabel(d.kind, display), period: "\(d.from) – \(d.to)", status: CodedLabel(d.status, display),
                tasks: p.tasks, done: p.byStatus[.done] ?? 0, overdue: p.overdue)
        }
        newHref = mayManage ? PlanRoute.newPlan.link() : nil
        emptyText =
            progress.isEmpty ? catalog.text(mayManage ? "plans_empty" : "plans_empty_reader", language) : nil
        importHint = progress.isEmpty ? catalog.text("plans_empty_import", language) : nil
    }
}
