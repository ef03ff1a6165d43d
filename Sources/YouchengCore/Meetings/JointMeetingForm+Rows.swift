import Foundation

extension JointMeetingForm {
    /// The agenda items of the rows not left blank, or the errors of each faulty row, named by its number.
    func validatedAgenda() -> ([AgendaItem], [FieldError]) {
        var items: [AgendaItem] = []
        var errors: [FieldError] = []
        for (index, row) in agenda.enumerated() where !row.isBlank {
            let number = index + 1
            let textField = "agenda_\(number)_text"
            let linkField = "agenda_\(number)_id"
            let text = row.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty {
                errors.append(
                    Self.error(
                        "required", textField, zh: "第 \(number) 项议程：请填写议程内容",
                        en: "agenda item \(number): the text is required"))
            } else if text.count > 500 {
                errors.append(
                    Self.tooLong(textField, zh: "第 \(number) 项议程", en: "agenda item \(number)", limit: 500))
            }
            let kindText = row.linkKind.trimmingCharacters(in: .whitespaces)
            let idText = row.linkId.trimmingCharacters(in: .whitespaces)
            var link: AgendaLink?
            if kindText.isEmpty && !idText.isEmpty {
                errors.append(
                    Self.error(
                        "required", linkField, zh: "第 \(number) 项议程：请选择编号「\(idText)」所指的是任务、友好关系还是通知",
                        en: "agenda item \(number): choose whether \"\(idText)\" is a task, a partnership or a notice"))
            } else if !kindText.isEmpty {
                let kind = AgendaLinkKind(rawValue: kindText) ?? AgendaLinkKind(parsing: kindText)
                if let kind, let id = Int64(idText), id >= 1 {
                    link = AgendaLink(kind, id: id)
                } else if kind == nil {
                    errors.append(
                        Self.error(
                            "unknown_link", linkField,
                            zh: "第 \(number) 项议程：关联类型「\(kindText)」无效，应为 task、partnership 或 notice",
                            en:
                                "agenda item \(number): link \"\(kindText)\" is not valid: use task, partnership or notice"
                        ))
                } else {
                    errors.append(
                        Self.error(
                            "invalid_link", linkField, zh: "第 \(number) 项议程：关联编号「\(idText)」应为正整数",
                            en: "agenda item \(number): link id \"\(idText)\" must be a whole number"))
                }
            }
            items.append(AgendaItem(text: text, link: link))
        }
        if items.count > Self.maxAgendaItems {
            errors.append(
                Self.error(
                    "too_many", "agenda", zh: "议程不能超过 \(Self.maxAgendaItems) 项",
                    en: "a meeting has at most \(Self.maxAgendaItems) agenda items"))
        }
        return (items, errors)
    }

    /// The attendance of the units with a status chosen, or the errors of unreadable ones, named by unit.
    func validatedAttendance() -> ([Int64: MeetingAttendanceStatus], [FieldError]) {
        var out: [Int64: MeetingAttendanceStatus] = [:]
        var errors: [FieldError] = []
        for (unitText, statusText) in attendance {
            let status = statusText.trimmingCharacters(in: .whitespaces)
            if status.isEmpty { continue }
            let field = "attendance_\(unitText)"
            guard let unit = Int64(unitText.trimmingCharacters(in: .whitespaces)) else {
                errors.append(
                    Self.error(
                        "invalid_unit", field, zh: "出席情况：单位编号「\(unitText)」无效",
                        en: "attendance: unit \"\(unitText)\" is not a valid id"))
                continue
            }
            guard let parsed = MeetingAttendanceStatus(rawValue: status) ?? MeetingAttendanceStatus(parsing: status)
            else {
                errors.append(
                    Self.error(
                        "unknown_status", field, zh: "出席情况：单位 \(unit) 的状态「\(status)」无效，应为 attended、deputy 或 absent",
                        en:
                            "attendance: unit \(unit)'s status \"\(status)\" is not valid: use attended, deputy or absent"
                    ))
                continue
            }
            out[unit] = parsed
        }
        return (out, errors)
    }

    /// The form showing `draft` as typed, with `blankRows` empty agenda rows after its items.
    public init(_ draft: JointMeetingDraft, blankRows: Int) {
        self.init(
            date: draft.date.description, kind: draft.kind.rawValue, title: draft.title, convenor: draft.convenor,
            place: draft.place,
            agenda: draft.agenda.map {
                AgendaRow(
                    text: $0.text, linkKind: $0.link?.kind.rawValue ?? "", linkId: $0.link.map { String($0.id) } ?? "")
            } + Array(repeating: AgendaRow(), count: blankRows),
            attendance: draft.attendance.sorted { $0.key < $1.key }.map { (String($0.key), $0.value.rawValue) },
            minutes: draft.minutes)
    }
}
