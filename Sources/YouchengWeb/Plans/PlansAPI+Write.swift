import Hummingbird
import YouchengCore

/// Administrators' writes: `POST /api/v1/plans`, `PATCH /api/v1/plans/{id}`, `POST /api/v1/plans/{id}/tasks`,
/// `PATCH /api/v1/tasks/{id}`, with the forms' fields and rules (a PATCH changes only the fields it gives and must
/// give the `version` it read). 201 or 200 with the record as the lists give it; 400 for a body that is no JSON
/// object; 422 naming every bad field (`error.details`); 404 for an unknown plan or task; 409 `duplicate_number` or
/// `stale_version`, changing nothing. From a cookie session the call carries the CSRF token in `X-CSRF-Token`.
extension PlansAPI {
    static let planFields: Set<String> = ["title", "from", "to", "kind", "status", "parentId"]
    static let taskFields: Set<String> = [
        "number", "title", "description", "leadUnitId", "cooperatingUnitIds", "due", "domains", "partners", "target",
        "parentId", "status",
    ]

    func createPlan(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        var input = try await writeInput(request, context, known: Self.planFields)
        let form = input.apply(to: PlanForm())
        return try await answer(context) {
            let plan = try await dependencies.services.plans.createPlan(
                try input.result(form.draft()).get(), actor: try context.auditActor())
            return JSONResponse.response(json: PlanJSON.plan(plan, tasks: 0), status: .created)
        }
    }

    func updatePlan(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let plan = try await dependencies.storedPlan(id: try context.pathID())
        var input = try await writeInput(request, context, known: Self.planFields)
        let form = input.apply(to: PlanForm(plan))
        return try await answer(context) {
            let version = try Self.version(input)
            let store = dependencies.services.plans
            let saved = try await store.updatePlan(
                id: plan.id, try input.result(form.draft()).get(), expectedVersion: version,
                actor: try context.auditActor())
            let tasks = try await store.taskCounts()[plan.id] ?? 0
            return JSONResponse.response(json: PlanJSON.plan(saved, tasks: tasks))
        }
    }

    func createTask(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let plan = try await dependencies.storedPlan(id: try context.pathID())
        var input = try await writeInput(request, context, known: Self.taskFields)
        let form = input.apply(to: TaskForm())
        return try await answer(context) {
            let read = try input.result(form.read()).get()
            let task = try await dependencies.services.plans.createTask(
                read.draft, planId: plan.id, parentId: read.parentId, actor: try context.auditActor())
            return JSONResponse.response(json: PlanJSON.task(task, asOf: dependencies.todayDay), status: .created)
        }
    }

    func updateTask(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let task = try await dependencies.storedTask(id: try context.pathID())
        var input = try await writeInput(request, context, known: Self.taskFields)
        let form = input.apply(to: TaskForm(task))
        return try await answer(context) {
            let version = try Self.version(input)
            let read = try input.result(form.read()).get()
            let saved = try await dependencies.services.plans.updateTask(
                id: task.id, read.draft, status: read.status, parentId: read.parentId, expectedVersion: version,
                actor: try context.auditActor())
            return JSONResponse.response(json: PlanJSON.task(saved, asOf: dependencies.todayDay))
        }
    }

    /// The body, after the CSRF check of a cookie session and the content type.
    private func writeInput(_ request: Request, _ context: WebRequestContext, known: Set<String>) async throws
        -> PlanWriteInput
    {
        try await PlanWriteInput.read(request, context, known: known, limit: Self.maxBodyBytes)
    }

    /// The `version` a write must give, or a 422 naming it.
    private static func version(_ input: PlanWriteInput) throws -> Int { try input.requiredVersion() }

    /// `write`'s answer, field errors (a unit that is not stored among them) as 422 naming the fields.
    private func answer(_ context: WebRequestContext, _ write: () async throws -> Response) async throws -> Response {
        try await APIWrite.refusingFields(context, write)
    }
}
