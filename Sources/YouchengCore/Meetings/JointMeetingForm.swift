import Foundation

/// A meeting as typed into the form, every value as text; `validated()` reads it into a draft or lists every field
/// at fault by the names the form uses: `date`, `kind`, `title`, `convenor`, `place`, `minutes`, agenda rows
/// `agenda_N_text` and `agenda_N_id` (the link; N from 1, the row's number in the form), and `attendance_UNITID`.
public struct JointMeetingForm: Sendable {
    /// One agenda row: its text, the kind of record it links to (empty for none) and that record's id.
    public struct AgendaRow: Sendable, Hashable {
        /// The text.
        public var text: String
        /// `task`, `partnership`, `notice`, or empty.
        public var linkKind: String
        /// The linked record's id.
        public var linkId: String

        /// Creates a row.
        public init(text: String = "", linkKind: String = "", linkId: String = "") {
            self.text = text
            self.linkKind = linkKind
            self.linkId = linkId
        }

        /// Whether nothing was typed in the row (such rows are skipped).
        public var isBlank: Bool {
            [text, linkKind, linkId].allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        }
    }

    /// The day (`2026-03-18`).
    public var date: String
    /// The kind, by code or either label.
    public var kind: String
    /// The title.
    public var title: String
    /// Who convenes it.
    public var convenor: String
    /// Where.
    public var place: String
    /// The agenda rows, in the form's order, blank ones included.
    public var agenda: [AgendaRow]
    /// Each unit's attendance as chosen: unit id and status code (empty for not recorded).
    public var attendance: [(unit: String, status: String)]
    /// The minutes.
    public var minutes: String

    /// Creates a form.
    public init(
        date: String = "", kind: String = "", title: String = "", convenor: String = "", place: String = "",
        agenda: [AgendaRow] = [], attendance: [(unit: String, status: String)] = [], minutes: String = ""
    ) {
        self.date = date
        self.kind = kind
        self.title = title
        self.convenor = convenor
        self.place = place
        self.agenda = agenda
        self.attendance = attendance
        self.minutes = minutes
    }

    /// The most agenda items a meeting has.
    public static let maxAgendaItems = 50

    /// The draft, or every broken rule: a real day, a known kind, a title and a convenor of 1–200 characters, a
    /// place of at most 200, minutes of at most 20,000, each agenda row with a text of at most 500 and at most one
    /// link (a kind and a whole-number id together), and each attendance a known status. Whether linked records and
    /// units exist is the store's question.
    public func validated() -> Result<JointMeetingDraft, FieldErrors> {
        var errors: [FieldError] = []
        func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        let dateText = trim(date)
        let day = Day(parsing: dateText)
        if dateText.isEmpty {
            errors.append(Self.error("required", "date", zh: "请填写会议日期", en: "the meeting's date is required"))
        } else if day == nil {
            errors.append(
                Self.error(
                    "invalid_date", "date", zh: "会议日期「\(dateText)」无效，应为 YYYY-MM-DD",
                    en: "date \"\(dateText)\" is not a valid date: use YYYY-MM-DD"))
        }
        let kind = MeetingKind(rawValue: trim(kind)) ?? MeetingKind(parsing: kind)
        if kind == nil { errors.append(Self.unknownKind(self.kind)) }
        let title = trim(title)
        let convenor = trim(convenor)
        let place = trim(place)
        let minutes = trim(minutes)
        for (field, value, zh, en, limit, required) in [
            ("title", title, "会议名称", "the title", 200, true), ("convenor", convenor, "召集人", "the convenor", 200, true),
            ("place", place, "会议地点", "the place", 200, false),
            ("minutes", minutes, "会议纪要", "the minutes", 20_000, false),
        ] {
            if required && value.isEmpty {
                errors.append(Self.error("required", field, zh: "请填写\(zh)", en: "\(en) is required"))
            } else if value.count > limit {
                errors.append(Self.tooLong(field, zh: zh, en: en, limit: limit))
            }
        }
        let (agenda, agendaErrors) = validatedAgenda()
        errors += agendaErrors
        let (attendance, attendanceErrors) = validatedAttendance()
        errors += attendanceErrors
        guard errors.isEmpty, let day, let kind else { return .failure(FieldErrors(errors: errors)) }
        return .success(
            JointMeetingDraft(
                date: day, kind: kind, title: title, convenor: convenor, place: place, agenda: agenda,
                attendance: attendance, minutes: minutes))
    }

    static func error(_ code: String, _ field: String, zh: String, en: String) -> FieldError {
        FieldError(code: code, field: field, message: Bilingual(zh: zh, en: en))
    }

    static func tooLong(_ field: String, zh: String, en: String, limit: Int) -> FieldError {
        error("too_long", field, zh: "\(zh)不能超过 \(limit) 个字", en: "\(en) must be at most \(limit) characters")
    }

    private static func unknownKind(_ text: String) -> FieldError {
        let known = MeetingKind.allCases.map { "\($0.rawValue)（\($0.label.zh)）" }.joined(separator: "、")
        let knownEn = MeetingKind.allCases.map(\.rawValue).joined(separator: ", ")
        return text.trimmingCharacters(in: .whitespaces).isEmpty
            ? error("required", "kind", zh: "请选择会议类型：\(known)", en: "choose the meeting's kind: \(knownEn)")
            : error(
                "unknown_kind", "kind", zh: "会议类型「\(text)」无效，应为 \(known)",
                en: "kind \"\(text)\" is not valid: use \(knownEn)")
    }
}
