import Hummingbird
import YouchengCore

/// `GET /projects/{id}`: the project's fields, partners, source, stage timeline and notes, and for those who may
/// write it the stage and note forms. `POST /projects/{id}/stage` moves it (stage, date, reason, version) and
/// `POST /projects/{id}/notes` adds a note (date, text); both come back to the project (303), refused fields
/// re-render the page (422; 409 for a stale version).
struct ProjectDetailPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let project = try await dependencies.storedProject(id: try context.pathID())
        let query = try request.queryString()
        let notice =
            query["saved"] != nil
            ? "project_saved_notice"
            : query["moved"] != nil ? "project_moved_notice" : query["noted"] != nil ? "project_noted_notice" : nil
        return try await render(
            project, input: ProjectView.Input(date: dependencies.todayDay.description), errors: nil, notice: notice,
            status: .ok, request: request, context: context)
    }

    func changeStage(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        var input = ProjectView.Input(date: fields["date"] ?? "")
        input.stage = fields["stage"] ?? ""
        input.reason = fields["reason"] ?? ""
        let stage = ProjectStage(rawValue: input.stage)
        let date = Day(parsing: input.date.trimmingCharacters(in: .whitespaces))
        return try await write(project, input: input, anchor: "timeline", request: request, context: context) {
            guard let stage else { throw Self.refused("stage", zh: "请选择新阶段", en: "choose the new stage") }
            guard let date else {
                throw Self.refused("date", zh: "日期无效，应为 YYYY-MM-DD", en: "the date is not valid: use YYYY-MM-DD")
            }
            _ = try await dependencies.services.projects.changeStage(
                id: project.id, to: stage, date: date, reason: input.reason,
                expectedVersion: Int(fields["version"] ?? ""), today: dependencies.todayDay,
                by: try context.auditActor())
            return "moved"
        }
    }

    func addNote(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let project = try await dependencies.writableProject(
            id: try context.pathID(), principal: try context.principal())
        var input = ProjectView.Input(date: fields["note_date"] ?? "")
        input.note = fields["text"] ?? ""
        let date = Day(parsing: input.date.trimmingCharacters(in: .whitespaces))
        return try await write(project, input: input, anchor: "notes", request: request, context: context) {
            guard let date else {
                throw Self.refused("note_date", zh: "日期无效，应为 YYYY-MM-DD", en: "the date is not valid: use YYYY-MM-DD")
            }
            _ = try await dependencies.services.projects.addNote(
                id: project.id, date: date, text: input.note, today: dependencies.todayDay,
                by: try context.auditActor())
            return "noted"
        }
    }

    /// Runs `body` (which answers the notice's parameter) and redirects to the project; a refusal re-renders it.
    private func write(
        _ project: CooperationProject, input: ProjectView.Input, anchor: String, request: Request,
        context: WebRequestContext, _ body: () async throws -> String
    ) async throws -> Response {
        let errors: FieldErrors
        var status = HTTPResponse.Status.unprocessableContent
        do {
            let flag = try await body()
            let target = ProjectRoute.project(id: project.id).link([(flag, "1")]) + "#" + anchor
            return Response(status: .seeOther, headers: [.location: target])
        } catch let error as FieldError {
            errors = FieldErrors(errors: [error])
        } catch let error as ProjectError where error.field != nil {
            if case .staleVersion = error { status = .conflict }
            // The note form's date is `note_date`; the stage form's is `date`.
            var refused = error.fieldError
            if anchor == "notes" && refused.field == "date" { refused.field = "note_date" }
            errors = FieldErrors(errors: [refused])
        }
        let current = try await dependencies.storedProject(id: project.id)
        return try await render(
            current, input: input, errors: errors, notice: nil, status: status, request: request, context: context)
    }

    private static func refused(_ field: String, zh: String, en: String) -> FieldError {
        FieldError(code: "invalid", field: field, message: Bilingual(zh: zh, en: en))
    }

    private func render(
        _ project: CooperationProject, input: ProjectView.Input, errors: FieldErrors?, notice: String?,
        status: HTTPResponse.Status, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let lookups = try await dependencies.exchangeContext()
        let (days, today) = try await dependencies.stalledRule()
        let meetingId: Int64? =
            if case .decision(let id) = project.draft.source {
                try await dependencies.services.projects.meetingId(decisionId: id)
            } else { nil }
        let principal = try context.principal()
        let view = ProjectView(
            project: project, input: input, errors: errors, notice: notice,
            mayWrite: dependencies.policy.mayWriteProject(unitId: project.draft.unitId, as: principal),
            lookups: lookups, rule: (days, today), sourceMeeting: meetingId,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        let page = ProjectRoute.project(id: project.id)
        return try await dependencies.renderer.page(
            "project", title: project.draft.title, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}
