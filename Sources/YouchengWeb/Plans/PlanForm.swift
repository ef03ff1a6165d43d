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
