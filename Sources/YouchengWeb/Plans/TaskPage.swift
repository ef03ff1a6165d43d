import Foundation
import Hummingbird
import YouchengCore

/// `GET /tasks/{id}`: the task, its parent and child tasks, its reports newest first, and for a writer of its lead
/// or a cooperating unit the report form. `POST /tasks/{id}/reports` stores the report through the same rule as the
/// API (`PlanStore.addReport`) and comes back to the task (303); refused fields re-render the page (422) with each
/// field named; a user of another unit is refused (403), administrators included.
struct TaskPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let task = try await dependencies.storedTask(id: try context.pathID())
        let query = try request.queryString()
        let form = ReportForm(date: dependencies.todayDay.description, status: task.status.rawValue)
        let notice =
            query["reported"] != nil ? "plans_reported_notice" : query["saved"] != nil ? "plans_saved_notice" : nil
        return try await render(
            task, form: form, errors: nil, notice: notice, status: .ok, request: request, context: context)
    }

    func report(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let task = try await dependencies.storedTask(id: try context.pathID())
        let principal = try context.principal()
        guard AccessPolicy.mayReport(on: task, as: principal) else { throw AccessDenied() }
        let form = ReportForm(
            date: fields["date"] ?? "", status: fields["status"] ?? "", progress: fields["progress"] ?? "",
            text: fields["text"] ?? "", nextSteps: fields["nextSteps"] ?? "")
        do {
            _ = try await dependencies.services.plans.addReport(
                try ReportInput.draft(object: form.object), taskId: task.id, unitId: principal.unitId,
                actor: try context.auditActor())
        } catch let errors as FieldErrors {
            return try await render(
                task, form: form, errors: errors, notice: nil, status: .unprocessableContent, request: request,
                context: context)
        }
        let target = PlanRoute.task(id: task.id).link([("reported", "1")]) + "#reports"
        return Response(status: .seeOther, headers: [.location: target])
    }

    private func render(
        _ task: PlanTask, form: ReportForm, errors: FieldErrors?, notice: String?, status: HTTPResponse.Status,
        request: Request, context: WebRequestContext
    ) async throws -> Response {
        let store = dependencies.services.plans
        let plan = try await dependencies.storedPlan(id: task.planId)
        let tasks = try await store.tasks(planId: task.planId)
        let principal = try context.principal()
        let view = TaskView(
            task: task, plan: plan, tasks: tasks, reports: try await store.reports(taskId: task.id), form: form,
            errors: errors, notice: notice, mayReport: AccessPolicy.mayReport(on: task, as: principal),
            mayManage: AccessPolicy.mayManagePlans(principal), principal: principal,
            names: UnitNames(units: try await dependencies.noticeUnits(), language: context.language),
            today: dependencies.todayDay, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        let page = PlanRoute.task(id: task.id)
        return try await dependencies.renderer.page(
            "task", title: view.title, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}

/// The report form's fields as typed.
struct ReportForm: Sendable {
    var date: String
    var status: String
    var progress = ""
    var text = ""
    var nextSteps = ""

    /// The fields as the API's body gives them, progress a number when it reads as a whole number, so one reader
    /// (`ReportInput`) checks both.
    var object: [String: Any] {
        let trimmed = progress.trimmingCharacters(in: .whitespaces)
        return [
            "date": date.trimmingCharacters(in: .whitespaces), "status": status,
            "progress": Int(trimmed).map { NSNumber(value: $0) as Any } ?? trimmed, "text": text,
            "nextSteps": nextSteps,
        ]
    }
}
