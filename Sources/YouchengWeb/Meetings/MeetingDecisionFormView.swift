import YouchengCore

/// The form to add a decision to a meeting: its text, then either a new task (plan, number, title, lead unit, due
/// date, cooperating units) or an existing task chosen from the plans' tasks.
struct MeetingDecisionFormView: Sendable {
    let heading: String
    let action: String
    let fields: [FormField]
    let newTaskFields: [FormField]
    let existingTaskFields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    /// Set when there is no plan yet: a decision needs one to make or link a task.
    let noPlans: String?

    init(
        meetingId: Int64, number: Int, form: MeetingDecisionForm, errors: FieldErrors?, units: [Int64: MemberUnit],
        plans: [Plan], tasks: [PlanTask], display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(
            labelPrefix: "meeting_decision_field_", errors: errors, language: language, catalog: catalog,
            idPrefix: "decision-")
        heading = kit.text("meeting_decision_heading", ["number": String(number)])
        action = MeetingRoute.addDecision(id: meetingId).link()
        let active = units.values.filter(\.active).sorted { $0.nameZh < $1.nameZh }
        let choose = SelectOption(value: "", label: kit.text("meeting_decision_choose"))
        fields = [
            kit.textarea("text", form.text),
            kit.select(
                "outcome",
                ["new", "existing"].map {
                    SelectOption(
                        value: $0, label: kit.text("meeting_decision_outcome_\($0)"), selected: form.outcome == $0)
                }),
        ]
        let cooperating = Set(form.cooperating)
        newTaskFields = [
            kit.select(
                "plan",
                [choose]
                    + plans.map {
                        SelectOption(value: String($0.id), label: $0.draft.title, selected: String($0.id) == form.plan)
                    }),
            kit.text("number", form.number, hint: kit.text("meeting_decision_hint_number")),
            kit.text("task_title", form.taskTitle, hint: kit.text("meeting_decision_hint_title")),
            kit.select(
                "lead",
                [choose]
                    + active.map {
                        SelectOption(
                            value: String($0.id), label: $0.name.text(language), selected: String($0.id) == form.lead)
                    }),
            kit.text("due", form.due, hint: kit.text("meeting_decision_hint_due")),
            kit.checkboxes(
                "cooperating",
                active.map {
                    SelectOption(
                        value: String($0.id), label: $0.name.text(language),
                        selected: cooperating.contains(String($0.id)))
                }),
        ]
        let planTitles = Dictionary(plans.map { ($0.id, $0.draft.title) }, uniquingKeysWith: { a, _ in a })
        existingTaskFields = [
            kit.select(
                "task",
                [choose]
                    + tasks.map {
                        SelectOption(
                            value: String($0.id),
                            label: "\(planTitles[$0.planId] ?? "#\($0.planId)") · \($0.draft.number) \($0.draft.title)",
                            selected: String($0.id) == form.task)
                    })
        ]
        hasFieldErrors = kit.hasErrors
        formError = nil
        formErrorLink = nil
        noPlans = plans.isEmpty ? kit.text("meeting_decision_no_plans") : nil
    }
}
