import Hummingbird
import YouchengCore

/// `GET /plans/{id}/tasks/new`, `POST /plans/{id}/tasks`, `GET /tasks/{id}/edit`, `POST /tasks/{id}`
/// (administrators): the task form. Refused fields re-render it (422) with the input kept and each message beside
/// its field; a number another task of the plan has, or a task changed since the form was opened, is a conflict
/// (409) that changes nothing; success redirects (303) to the task.
struct TaskFormPages: Sendable {
    let dependencies: WebDependencies

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let plan = try await dependencies.storedPlan(id: try context.pathID())
        return try await render(TaskForm(), plan: plan, taskId: nil, request: request, context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let plan = try await dependencies.storedPlan(id: try context.pathID())
        return try await save(TaskForm(fields: fields), plan: plan, taskId: nil, request, context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let task = try await dependencies.storedTask(id: try context.pathID())
        let plan = try await dependencies.storedPlan(id: task.planId)
        return try await render(TaskForm(task), plan: plan, taskId: task.id, request: request, context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let task = try await dependencies.storedTask(id: try context.pathID())
        let plan = try await dependencies.storedPlan(id: task.planId)
        return try await save(TaskForm(fields: fields), plan: plan, taskId: task.id, request, context)
    }

    private func save(
        _ form: TaskForm, plan: Plan, taskId: Int64?, _ request: Request, _ context: WebRequestContext
    ) async throws -> Response {
        func again(_ errors: FieldErrors?, _ formError: Bilingual?, _ status: HTTPResponse.Status) async throws
            -> Response
        {
            try await render(
                form, plan: plan, taskId: taskId, errors: errors, formError: formError, status: status,
                request: request, context: context)
        }
        let input: (draft: PlanTaskDraft, status: PlanTaskStatus, parentId: Int64?)
        switch form.read() {
        case .failure(let errors): return try await again(errors, nil, .unprocessableContent)
        case .success(let read): input = read
        }
        let store = dependencies.services.plans
        let actor = try context.auditActor()
        do {
            let task =
                if let taskId {
                    try await store.updateTask(
                        id: taskId, input.draft, status: input.status, parentId: input.parentId,
                        expectedVersion: form.version ?? 0, actor: actor)
                } else {
                    try await store.createTask(input.draft, planId: plan.id, parentId: input.parentId, actor: actor)
                }
            return Response(
                status: .seeOther, headers: [.location: PlanRoute.task(id: task.id).link([("saved", "1")])])
        } catch let error as PlanError {
            switch error {
            case .duplicateNumber:
                let field = FieldError(code: "duplicate_number", field: "number", message: error.message)
                return try await again(FieldErrors(errors: [field]), nil, .conflict)
            case .staleVersion: return try await again(nil, error.message, .conflict)
            default: throw error
            }
        } catch let errors as FieldErrors {
            return try await again(errors, nil, .unprocessableContent)
        }
    }

    private func render(
        _ form: TaskForm, plan: Plan, taskId: Int64?, errors: FieldErrors? = nil, formError: Bilingual? = nil,
        status: HTTPResponse.Status = .ok, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let view = TaskFormView(
            form: form, plan: plan, taskId: taskId, tasks: try await dependencies.services.plans.tasks(planId: plan.id),
            units: try await dependencies.accounts.units.list(includeInactive: true), errors: errors,
            formError: formError, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        let page: PlanRoute = taskId.map { .editTask(id: $0) } ?? .newTask(planId: plan.id)
        return try await dependencies.renderer.page(
            "task-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}
