import Hummingbird
import YouchengCore

/// The meeting forms (admins): `GET /meetings/new`, `GET /meetings/{id}/edit`, and their targets `POST /meetings`
/// and `POST /meetings/{id}/edit` (with a hidden `version`). Refused fields re-render the form (422) with the input
/// kept and each message beside its field (an agenda item's beside its row); success redirects (303) to the meeting.
struct MeetingFormPages: Sendable {
    let dependencies: WebDependencies

    /// Empty agenda rows a new meeting's form offers.
    static let newRows = 5
    /// Empty agenda rows after the items of a meeting being edited.
    static let moreRows = 3

    func new(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let form = JointMeetingForm(
            date: dependencies.noticeToday.description, kind: MeetingKind.quarterly.rawValue,
            agenda: Array(repeating: JointMeetingForm.AgendaRow(), count: Self.newRows))
        return try await render(form, mode: .create, errors: nil, status: .ok, request: request, context: context)
    }

    func edit(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let meeting = try await dependencies.storedMeeting(id: try context.pathID())
        return try await render(
            JointMeetingForm(meeting.draft, blankRows: Self.moreRows),
            mode: .update(id: meeting.id, version: meeting.version), errors: nil, status: .ok, request: request,
            context: context)
    }

    func create(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        return try await save(Self.form(fields), mode: .create, request: request, context: context)
    }

    func update(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        let id = try context.pathID()
        _ = try await dependencies.storedMeeting(id: id)
        return try await save(
            Self.form(fields), mode: .update(id: id, version: try fields.version()), request: request,
            context: context)
    }

    private func save(_ form: JointMeetingForm, mode: FormMode, request: Request, context: WebRequestContext)
        async throws -> Response
    {
        let errors: FieldErrors
        switch form.validated() {
        case .failure(let refused): errors = refused
        case .success(let draft):
            do {
                let meetings = dependencies.services.meetings
                let actor = try context.auditActor()
                let saved =
                    if let id = mode.id {
                        try await meetings.update(id: id, draft, expectedVersion: mode.version, by: actor)
                    } else {
                        try await meetings.create(draft, by: actor)
                    }
                return Response(
                    status: .seeOther, headers: [.location: MeetingRoute.meeting(id: saved.id).link([("saved", "1")])])
            } catch let error as MeetingError where error.field != nil {
                errors = FieldErrors(errors: [FieldError(code: "refused", field: error.field, message: error.message)])
            }
        }
        return try await render(
            form, mode: mode, errors: errors, status: .unprocessableContent, request: request, context: context)
    }

    /// The form as posted: the fixed fields, agenda rows `agenda_N_text` / `agenda_N_kind` / `agenda_N_id` for N
    /// from 1 to the highest posted, and `attendance_UNITID` for each unit.
    static func form(_ fields: QueryString) -> JointMeetingForm {
        var rows = 0
        var attendance: [(unit: String, status: String)] = []
        for (name, value) in fields.pairs {
            if name.hasPrefix("agenda_"), let n = Int(name.dropFirst(7).prefix { $0.isNumber }),
                n <= JointMeetingForm.maxAgendaItems + 20
            {
                rows = max(rows, n)
            } else if name.hasPrefix("attendance_") {
                attendance.append((String(name.dropFirst(11)), value))
            }
        }
        let agenda = (0..<rows).map { index in
            JointMeetingForm.AgendaRow(
                text: fields["agenda_\(index + 1)_text"] ?? "", linkKind: fields["agenda_\(index + 1)_kind"] ?? "",
                linkId: fields["agenda_\(index + 1)_id"] ?? "")
        }
        return JointMeetingForm(
            date: fields["date"] ?? "", kind: fields["kind"] ?? "", title: fields["title"] ?? "",
            convenor: fields["convenor"] ?? "", place: fields["place"] ?? "", agenda: agenda, attendance: attendance,
            minutes: fields["minutes"] ?? "")
    }

    private func render(
        _ form: JointMeetingForm, mode: FormMode, errors: FieldErrors?, status: HTTPResponse.Status,
        request: Request, context: WebRequestContext
    ) async throws -> Response {
        let units = try await dependencies.accounts.units.list(includeInactive: true)
        let view = MeetingFormView(
            form: form, mode: mode, errors: errors, units: units, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        let page: any Route = mode.id.map { MeetingRoute.editMeeting(id: $0) } ?? MeetingRoute.newMeeting
        return try await dependencies.renderer.page(
            "meeting-form", title: view.heading, content: view,
            frame: PageFrame(request: request, context: context, switchTo: request.method == .get ? nil : page),
            status: status)
    }
}
