import YouchengCore

/// The meeting form's view model: date, kind, title, convenor and place; the agenda as numbered rows (text, and a
/// link to a task, partnership or notice by id); a status for each active unit (and any unit already recorded);
/// the minutes. Each field keeps its value as typed and shows its error.
struct MeetingFormView: Sendable {
    /// One agenda row: its number and its three fields.
    struct AgendaRowView: Sendable {
        let legend: String
        let fields: [FormField]
    }

    let heading: String
    let action: String
    let version: Int?
    let fields: [FormField]
    let agendaRows: [AgendaRowView]
    let attendance: [FormField]
    let minutes: FormField
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String
    /// Set when there is no active unit to record: what to do first.
    let noUnits: String?

    init(
        form: JointMeetingForm, mode: FormMode, errors: FieldErrors?, units: [MemberUnit], display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "meeting_field_", errors: errors, language: language, catalog: catalog)
        heading = kit.text(mode.id == nil ? "meeting_new" : "meeting_edit")
        action = mode.id.map { MeetingRoute.updateMeeting(id: $0).link() } ?? MeetingRoute.createMeeting.link()
        version = mode.version
        let kind = MeetingKind(rawValue: form.kind) ?? MeetingKind(parsing: form.kind)
        fields = [
            kit.date("date", form.date, entry: .day, required: true),
            kit.select(
                "kind",
                MeetingKind.allCases.map {
                    SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == kind)
                }),
            kit.text("title", form.title, required: true),
            kit.text("convenor", form.convenor, required: true, hint: kit.text("meeting_hint_convenor")),
            kit.text("place", form.place),
        ]
        agendaRows = form.agenda.enumerated().map { index, row in
            let n = index + 1
            let linkKinds =
                [SelectOption(value: "", label: kit.text("meeting_link_none"))]
                + AgendaLinkKind.allCases.map {
                    SelectOption(
                        value: $0.rawValue, label: display.text($0.label), selected: $0.rawValue == row.linkKind)
                }
            return AgendaRowView(
                legend: kit.text("meeting_agenda_item", ["number": String(n)]),
                fields: [
                    kit.text("agenda_\(n)_text", row.text, label: kit.text("meeting_agenda_text")),
                    kit.select("agenda_\(n)_kind", linkKinds).labelled(kit.text("meeting_agenda_link")),
                    kit.text(
                        "agenda_\(n)_id", row.linkId, label: kit.text("meeting_agenda_link_id"), inputMode: "numeric"),
                ])
        }
        let chosen = Dictionary(form.attendance.map { ($0.unit, $0.status) }, uniquingKeysWith: { $1 })
        attendance = units.filter { $0.active || chosen[String($0.id)]?.isEmpty == false }.map { unit in
            let status = chosen[String(unit.id)] ?? ""
            return kit.select(
                "attendance_\(unit.id)",
                [SelectOption(value: "", label: kit.text("meeting_attendance_none"))]
                    + MeetingAttendanceStatus.allCases.map {
                        SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0.rawValue == status)
                    }
            ).labelled(unit.name.text(language))
        }
        minutes = kit.textarea("minutes", form.minutes)
        hasFieldErrors = kit.hasErrors
        formError = errors?.message(for: "version")?.text(language)
        formErrorLink = mode.id.map {
            FormLink(href: MeetingRoute.editMeeting(id: $0).link(), label: kit.text("meeting_reopen"))
        }
        cancelHref = mode.id.map { MeetingRoute.meeting(id: $0).link() } ?? MeetingRoute.meetings.link()
        noUnits = attendance.isEmpty ? kit.text("meeting_no_units") : nil
    }
}

extension FormField {
    /// The field with `label` in place of the catalog's (a unit's name, an agenda row's part).
    fileprivate func labelled(_ label: String) -> FormField {
        var copy = FormField(
            name: name, id: id, label: label, value: value, error: error, required: required, hint: hint)
        copy.isInput = isInput
        copy.type = type
        copy.list = list
        copy.placeholder = placeholder
        copy.lang = lang
        copy.inputMode = inputMode
        copy.autocomplete = autocomplete
        copy.isSelect = isSelect
        copy.isCheckboxes = isCheckboxes
        copy.options = options
        copy.isTextarea = isTextarea
        copy.wide = wide
        return copy
    }
}
