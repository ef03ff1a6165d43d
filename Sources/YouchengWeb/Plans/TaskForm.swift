import YouchengCore

/// The task form's fields as typed, and the draft they make.
struct TaskForm: Sendable {
    var number = ""
    var title = ""
    var description = ""
    var leadUnitId = ""
    var cooperatingUnitIds: [String] = []
    var due = ""
    var domains = ""
    var partners = ""
    var target = ""
    var parentId = ""
    var status = PlanTaskStatus.notStarted.rawValue
    /// The version the form was opened at; nil for a new task.
    var version: Int?

    /// An empty form for a new task.
    init() {}

    /// The fields of a posted form.
    init(fields: QueryString) {
        number = fields["number"] ?? ""
        title = fields["title"] ?? ""
        description = fields["description"] ?? ""
        leadUnitId = fields["leadUnitId"] ?? ""
        cooperatingUnitIds = fields.values("cooperatingUnitIds")
        due = fields["due"] ?? ""
        domains = fields["domains"] ?? ""
        partners = fields["partners"] ?? ""
        target = fields["target"] ?? ""
        parentId = fields["parentId"] ?? ""
        status = fields["status"] ?? PlanTaskStatus.notStarted.rawValue
        version = fields["version"].flatMap { Int($0) }
    }

    /// The form of stored `task`.
    init(_ task: PlanTask) {
        let d = task.draft
        (number, title, description, target) = (d.number, d.title, d.description, d.target)
        leadUnitId = String(d.leadUnitId)
        cooperatingUnitIds = d.cooperatingUnitIds.map(String.init)
        due = d.due?.description ?? ""
        domains = d.domains.joined(separator: "、")
        partners = d.partners.joined(separator: "、")
        parentId = task.parentId.map(String.init) ?? ""
        status = task.status.rawValue
        version = task.version
    }

    /// The draft, its status and parent, or every bad field: no lead unit, a due date that is no day, a status not in
    /// the list, and the draft's own rules (number, title, lengths).
    func read() -> Result<(draft: PlanTaskDraft, status: PlanTaskStatus, parentId: Int64?), FieldErrors> {
        var errors: [FieldError] = []
        let lead = Int64(leadUnitId)
        if lead == nil {
            errors.append(
                FieldError(
                    code: "required", field: "leadUnitId",
                    message: Bilingual(zh: "请选择牵头单位", en: "choose the lead unit")))
        }
        let cooperating = cooperatingUnitIds.compactMap { Int64($0) }
        if let bad = cooperatingUnitIds.first(where: { Int64($0) == nil }) {
            errors.append(
                FieldError(
                    code: "invalid_id", field: "cooperatingUnitIds",
                    message: Bilingual(zh: "配合单位编号「\(bad)」无效", en: "cooperating unit \"\(bad)\" is not a valid id")))
        }
        let day = PlanFormat.day(
            due, field: "due", label: Bilingual(zh: "完成时限", en: "due date"), required: false, &errors)
        let status = PlanFormat.choice(status, PlanTaskStatus.self, field: "status", &errors)
        let parent = PlanFormat.id(parentId, field: "parentId", &errors)
        let draft = PlanTaskDraft(
            number: number, title: title, description: description, leadUnitId: lead ?? 0,
            cooperatingUnitIds: cooperating, due: day, domains: PlanImporter.items(domains),
            partners: PlanImporter.items(partners), target: target)
        return PlanFormat.merge(errors) { () throws(FieldErrors) in
            (try draft.validated(), status ?? .notStarted, parent)
        }
    }
}
