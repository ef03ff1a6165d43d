import Hummingbird
import YouchengCore

/// Deleting a meeting (admins): `GET /meetings/{id}/delete` shows what goes (the meeting, its agenda, attendance and
/// decisions) and what stays (the tasks its decisions created, which remain in their plans), and asks to confirm;
/// its form posts to `POST /meetings/{id}/delete`, which deletes and goes back to the list (303).
struct MeetingDeletePages: Sendable {
    let dependencies: WebDependencies

    func confirm(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let meeting = try await dependencies.storedMeeting(id: try context.pathID())
        let catalog = dependencies.renderer.catalog
        let language = context.language
        let view = MeetingDeleteView(
            heading: catalog.text("meeting_delete_title", language), title: meeting.draft.title,
            date: meeting.draft.date.description, kind: CodedLabel(meeting.draft.kind, dependencies.display(language)),
            decisions: catalog.text(
                "meeting_delete_decisions",
                language,
                ["decisions": String(meeting.decisions.count), "tasks": String(meeting.tasksCreated)]),
            action: MeetingRoute.deleteMeeting(id: meeting.id).link(),
            cancelHref: MeetingRoute.meeting(id: meeting.id).link())
        return try await dependencies.renderer.page(
            "meeting-delete", title: view.heading, content: view, frame: PageFrame(request: request, context: context))
    }

    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        _ = try await request.postedForm(.action, context)
        try await dependencies.services.meetings.delete(id: try context.pathID(), by: try context.auditActor())
        return Response(status: .seeOther, headers: [.location: MeetingRoute.meetings.link([("deleted", "1")])])
    }
}

/// The confirmation page's view model.
struct MeetingDeleteView: Sendable {
    let heading: String
    let title: String
    let date: String
    let kind: CodedLabel
    /// How many decisions go, and how many tasks stay.
    let decisions: String
    let action: String
    let cancelHref: String
}
