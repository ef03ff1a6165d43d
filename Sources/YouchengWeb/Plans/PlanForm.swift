import YouchengCore

/// The plan form's fields as typed, and the draft they make.
struct PlanForm: Sendable {
    var title = ""
    var from = ""
    var to = ""
    var kind = PlanKind.annual.rawValue
    var status = PlanStatus.inForce.rawValue
    var parentId = ""
    /// The version the form was opened at; nil for a new plan.
    var version: Int?

    /// The fields of a posted form.
    init(fields: QueryString) {
        title = fields["title"] ?? ""
        from = fields["from"] ?? ""
        to = fields["to"] ?? ""
        kind = fields["kind"] ?? ""
        status = fields["status"] ?? ""
        parentId = fields["parentId"] ?? ""
        version = fields["version"].flatMap { Int($0) }
    }

    /// An empty form for a new plan.
    init() {}

    /// The form of stored `plan`.
    init(_ plan: Plan) {
        let d = plan.draft
        (title, from, to) = (d.title, d.from.description, d.to.description)
        (kind, status, parentId) = (d.kind.rawValue, d.status.rawValue, d.parentId.map(String.init) ?? "")
        version = plan.version
    }

    /// The draft, or every bad field: dates that are no day, a kind or status not in the list, and the draft's own
    /// rules (a title, a period that does not end before it starts).
    func draft() -> Result<PlanDraft, FieldErrors> {
        var errors: [FieldError] = []
        let start = PlanFormat.day(from, field: "from", label: Bilingual(zh: "起始日期", en: "start date"), &errors)
        let end = PlanFormat.day(to, field: "to", label: Bilingual(zh: "截止日期", en: "end date"), &errors)
        let kind = PlanFormat.choice(kind, PlanKind.self, field: "kind", &errors)
        let status = PlanFormat.choice(status, PlanStatus.self, field: "status", &errors)
        let parent = PlanFormat.id(parentId, field: "parentId", &errors)
        let placeholder = Day(year: 2000, month: 1, day: 1)!
        let draft = PlanDraft(
            title: title, from: start ?? placeholder, to: end ?? start ?? placeholder, kind: kind ?? .annual,
            status: status ?? .inForce, parentId: parent)
        return PlanFormat.merge(errors) { () throws(FieldErrors) in try draft.validated() }
    }
}

/// Reads form fields for the plan and task forms, each bad one named.
enum PlanFormat {
    /// The day `text` names, nil (with an error) when it is none; nil without one when blank and not `required`.
    static func day(
        _ text: String, field: String, label: Bilingual, required: Bool = true, _ errors: inout [FieldError]
    ) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty, !required { return nil }
        guard let day = Day(parsing: trimmed) else {
            errors.append(
                FieldError(
                    code: "invalid_date", field: field,
                    message: Bilingual(
                        zh: "\(label.zh)「\(trimmed)」应为 YYYY-MM-DD", en: "\(label.en) \"\(trimmed)\" must be YYYY-MM-DD")
                ))
            return nil
        }
        return day
    }

    /// The value of vocabulary `type` with code `text`, nil (with an error) for another.
    static func choice<V: Vocabulary>(_ text: String, _ type: V.Type, field: String, _ errors: inout [FieldError]) -> V?
    {
        guard let value = V(rawValue: text) else {
            errors.append(
                FieldError(
                    code: "invalid_choice", field: field,
                    message: Bilingual(zh: "「\(text)」不在可选范围内", en: "\"\(text)\" is not one of the choices")))
            return nil
        }
        return value
    }

    /// The id in `text`, nil when blank, nil (with an error) when it is no id.
    static func id(_ text: String, field: String, _ errors: inout [FieldError]) -> Int64? {
        guard !text.isEmpty else { return nil }
        guard let id = Int64(text), id > 0 else {
            errors.append(
                FieldError(
                    code: "invalid_choice", field: field,
                    message: Bilingual(zh: "「\(text)」不在可选范围内", en: "\"\(text)\" is not one of the choices")))
            return nil
        }
        return id
    }

    /// The checked draft, or `errors` and the draft's own errors on fields not already named.
    static func merge<T>(_ errors: [FieldError], _ check: () throws(FieldErrors) -> T) -> Result<T, FieldErrors> {
        do {
            let value = try check()
            return errors.isEmpty ? .success(value) : .failure(FieldErrors(errors: errors))
        } catch {
            let named = Set(errors.compactMap(\.field))
            return .failure(FieldErrors(errors: errors + error.errors.filter { !named.contains($0.field ?? "") }))
        }
    }
}
