import Hummingbird
import YouchengCore

/// `GET /api/v1/plans` and `GET /api/v1/plans/{id}/tasks` (filters `unit`, `status`, `overdue`, `asOf`; paged by
/// `page` and `per`), as `{"items", "page", "per", "total"}` like the partnership list.
struct PlansAPI: Sendable {
    let dependencies: WebDependencies

    /// The largest page.
    static let maxPer = 500

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let parameters = PageParameters(query: try request.queryString(), reference: dependencies.reference)
        let (page, per) = try Self.paging(parameters)
        let plans = try await dependencies.services.plans.plans()
        let counts = try await dependencies.services.plans.taskCounts()
        let items = plans.dropFirst((page - 1) * per).prefix(per).map { PlanJSON.plan($0, tasks: counts[$0.id] ?? 0) }
        return JSONResponse.response(json: PlanJSON.page(items, page: page, per: per, total: plans.count))
    }

    func tasks(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let planId = try context.pathID()
        guard try await dependencies.services.plans.plan(id: planId) != nil else { throw PlanError.planNotFound }
        let parameters = PageParameters(query: try request.queryString(), reference: dependencies.reference)
        let (page, per) = try Self.paging(parameters)
        let filter = try PlanTaskFilter(parameters, today: dependencies.todayDay)
        let tasks = try await dependencies.services.plans.tasks(planId: planId).filter(filter.admits)
        let items = tasks.dropFirst((page - 1) * per).prefix(per).map { PlanJSON.task($0, asOf: filter.asOf) }
        return JSONResponse.response(json: PlanJSON.page(items, page: page, per: per, total: tasks.count))
    }

    /// `page` (from 1) and `per` (1–500, 50 by default).
    static func paging(_ parameters: PageParameters) throws -> (page: Int, per: Int) {
        (try parameters.number("page", in: 1...1_000_000) ?? 1, try parameters.number("per", in: 1...maxPer) ?? 50)
    }
}

/// The task list's filters: `unit` (an id; tasks it leads or cooperates on), `status` (a code or label), `overdue`
/// (`true` or `false`, judged as of `asOf`, today by default).
struct PlanTaskFilter: Sendable {
    var unit: Int64?
    var status: PlanTaskStatus?
    var overdue: Bool?
    var asOf: Day

    init(_ parameters: PageParameters, today: Day) throws {
        let unitText = parameters.text("unit")
        if !unitText.isEmpty {
            guard let id = Int64(unitText) else {
                throw Self.refusal("unit", unitText, Bilingual(zh: "应为单位编号", en: "must be a unit's id"))
            }
            unit = id
        }
        let statusText = parameters.text("status")
        if !statusText.isEmpty {
            guard let status = PlanTaskStatus(parsing: statusText) else {
                throw Self.refusal(
                    "status", statusText,
                    Bilingual(
                        zh: "应为 notStarted、inProgress、done 或 cancelled",
                        en: "must be notStarted, inProgress, done or cancelled"))
            }
            self.status = status
        }
        let overdueText = parameters.text("overdue").lowercased()
        if !overdueText.isEmpty {
            guard ["true", "false", "1", "0"].contains(overdueText) else {
                throw Self.refusal(
                    "overdue", overdueText, Bilingual(zh: "应为 true 或 false", en: "must be true or false"))
            }
            overdue = overdueText == "true" || overdueText == "1"
        }
        asOf = try parameters.asOfDay(default: today)
    }

    /// Whether `task` passes every filter given.
    func admits(_ task: PlanTask) -> Bool {
        if let unit, !task.involves(unitId: unit) { return false }
        if let status, task.status != status { return false }
        if let overdue, PlanRules.isOverdue(task, asOf: asOf) != overdue { return false }
        return true
    }

    private static func refusal(_ name: String, _ value: String, _ reason: Bilingual) -> FieldError {
        FieldError(
            code: "invalid_parameter", field: name,
            message: Bilingual(
                zh: "参数 \(name)「\(value)」\(reason.zh)", en: "parameter \(name) \"\(value)\" \(reason.en)"))
    }
}
