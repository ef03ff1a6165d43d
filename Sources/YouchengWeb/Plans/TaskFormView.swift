import YouchengCore

/// The task form's view model: number, title, description, lead unit (active units), cooperating units
/// (checkboxes), due date, domains, partners, target, parent task and, when changing a task, its status; each with
/// its value as typed and its error; the version it was opened at.
struct TaskFormView: Sendable {
    let heading: String
    let planTitle: String
    let planHref: String
    let action: String
    let version: String?
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String
    /// Set when there is no active unit to lead a task: what to do first.
    let noUnits: String?

    init(
        form: TaskForm, plan: Plan, taskId: Int64?, tasks: [PlanTask], units: [MemberUnit], errors: FieldErrors?,
        formError: Bilingual?, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "plans_task_field_", errors: errors, language: language, catalog: catalog)
        heading = kit.text(taskId == nil ? "plans_task_new" : "plans_task_edit")
        planTitle = plan.title
        planHref = PlanRoute.plan(id: plan.id).link()
        action = taskId.map { PlanRoute.updateTask(id: $0).link() } ?? PlanRoute.createTask(planId: plan.id).link()
        version = form.version.map(String.init)
        let chosen = Set(form.cooperatingUnitIds)
        // Active units, and an inactive one only where the task already names it.
        let shown = units.filter { $0.active || String($0.id) == form.leadUnitId || chosen.contains(String($0.id)) }
            .sorted { ($0.nameZh, $0.id) < ($1.nameZh, $1.id) }
        var list: [FormField] = [
            kit.text("number", form.number, required: true, hint: kit.text("plans_task_number_hint")),
            kit.text("title", form.title, required: true),
            kit.select(
                "leadUnitId",
                [SelectOption(value: "", label: kit.text("plans_choose_unit"))]
                    + shown.map {
                        SelectOption(
                            value: String($0.id), label: $0.name.text(language),
                            selected: String($0.id) == form.leadUnitId)
                    }),
            kit.checkboxes(
                "cooperatingUnitIds",
                shown.map {
                    SelectOption(
                        value: String($0.id), label: $0.name.text(language), selected: chosen.contains(String($0.id)))
                }),
            kit.date("due", form.due, entry: .day),
            kit.text("domains", form.domains, hint: kit.text("plans_list_hint")),
            kit.text("partners", form.partners, hint: kit.text("plans_list_hint")),
            kit.textarea("target", form.target),
            kit.textarea("description", form.description),
            kit.select(
                "parentId",
                [SelectOption(value: "", label: kit.text("plans_parent_by_number"))]
                    + tasks.filter { $0.id != taskId }.map {
                        SelectOption(
                            value: String($0.id), label: "\($0.draft.number) \($0.draft.title)",
                            selected: String($0.id) == form.parentId)
                    }),
        ]
        if taskId != nil {
            list.append(
                kit.select(
                    "status",
                    PlanTaskStatus.allCases.map {
                        SelectOption(
                            value: $0.rawValue, label: display.text($0.label), selected: $0.rawValue == form.status)
                    }, hint: kit.text("plans_status_hint")))
        }
        fields = list
        hasFieldErrors = kit.hasErrors
        self.formError = formError?.text(language)
        formErrorLink =
            formError == nil
            ? nil : taskId.map { FormLink(href: PlanRoute.editTask(id: $0).link(), label: kit.text("plans_reload")) }
        cancelHref = taskId.map { PlanRoute.task(id: $0).link() } ?? PlanRoute.plan(id: plan.id).link()
        noUnits = units.contains { $0.active } ? nil : kit.text("plans_no_units")
    }
}
