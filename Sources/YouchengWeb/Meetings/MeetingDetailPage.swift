import Hummingbird
import YouchengCore

/// `GET /meetings/{id}`: the meeting, its agenda, attendance, minutes and decisions with links to their tasks, and
/// for administrators the form to add a decision. `POST /meetings/{id}/decisions` (admins) adds it, creating the new
/// task in the same transaction, and comes back to the meeting (303); refused fields re-render the page (422).
struct MeetingDetailPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let meeting = try await dependencies.storedMeeting(id: try context.pathID())
        let query = try request.queryString()
        let notice =
            query["saved"] != nil ? "meeting_saved_notice" : query["decided"] != nil ? "meeting_decided_notice" : nil
        return try await render(
            meeting, form: MeetingDecisionForm(), errors: nil, notice: notice, status: .ok, request: request,
            context: context)
    }

    func addDecision(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let id = try context.pathID()
        let fields = try await request.postedForm(.record, context)
        let meeting = try await dependencies.storedMeeting(id: id)
        let form = MeetingDecisionForm(
            text: fields["text"] ?? "", outcome: fields["outcome"] ?? "", plan: fields["plan"] ?? "",
            number: fields["number"] ?? "", taskTitle: fields["task_title"] ?? "", lead: fields["lead"] ?? "",
            due: fields["due"] ?? "", cooperating: fields.values("cooperating"), task: fields["task"] ?? "")
        let errors: FieldErrors
        switch form.validated(number: (meeting.decisions.map(\.number).max() ?? 0) + 1) {
        case .failure(let refused): errors = refused
        case .success(let draft):
            do {
                _ = try await dependencies.services.meetings.addDecision(
                    draft, meetingId: id, by: try context.auditActor())
                let target = MeetingRoute.meeting(id: id).link([("decided", "1")]) + "#decisions"
                return Response(status: .seeOther, headers: [.location: target])
            } catch let error as MeetingError where error.field != nil {
                errors = FieldErrors(errors: [FieldError(code: "refused", field: error.field, message: error.message)])
            }
        }
        return try await render(
            meeting, form: form, errors: errors, notice: nil, status: .unprocessableContent, request: request,
            context: context)
    }

    private func render(
        _ meeting: JointMeeting, form: MeetingDecisionForm, errors: FieldErrors?, notice: String?,
        status: HTTPResponse.Status, request: Request, context: WebRequestContext
    ) async throws -> Response {
        let (plans, tasks) = try await dependencies.meetingPlans()
        let view = MeetingView(
            meeting: meeting, form: form, errors: errors, notice: notice,
            mayWrite: AccessPolicy.mayAdminister(try context.principal()), units: try await dependencies.noticeUnits(),
            plans: plans, tasks: tasks, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        let page = MeetingRoute.meeting(id: meeting.id)
        return try await dependencies.renderer.page(
            "meeting", title: meeting.draft.title, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}
