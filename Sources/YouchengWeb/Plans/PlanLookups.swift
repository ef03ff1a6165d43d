import YouchengCore

/// What the plan and task pages read besides the page's own record: a plan or task or a 404, a unit's name.
extension WebDependencies {
    /// Plan `id`, or `PlanError.planNotFound` (404).
    func storedPlan(id: Int64) async throws -> Plan {
        guard let plan = try await services.plans.plan(id: id) else { throw PlanError.planNotFound }
        return plan
    }

    /// Task `id`, or `PlanError.taskNotFound` (404).
    func storedTask(id: Int64) async throws -> PlanTask {
        guard let task = try await services.plans.task(id: id) else { throw PlanError.taskNotFound }
        return task
    }
}

/// Names units by id in a page's language: `#id` for a unit not given.
struct UnitNames: Sendable {
    let units: [Int64: MemberUnit]
    let language: Language

    /// The unit's name.
    func name(_ id: Int64) -> String { units[id].map { $0.name.text(language) } ?? "#\(id)" }

    /// The units' names, joined as the language lists them.
    func names(_ ids: [Int64]) -> String { ids.map(name).joined(separator: language == .zh ? "、" : ", ") }
}
