import YouchengCore

/// The plan form's view model: title, period, kind, status, parent plan, each with its value as typed and its
/// error; the version it was opened at.
struct PlanFormView: Sendable {
    let heading: String
    let action: String
    let version: String?
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String

    init(
        form: PlanForm, id: Int64?, plans: [Plan], errors: FieldErrors?, formError: Bilingual?, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "plans_plan_field_", errors: errors, language: language, catalog: catalog)
        heading = kit.text(id == nil ? "plans_new" : "plans_edit")
        action = id.map { PlanRoute.updatePlan(id: $0).link() } ?? PlanRoute.createPlan.link()
        version = form.version.map(String.init)
        fields = [
            kit.text("title", form.title, required: true),
            kit.date("from", form.from, entry: .day, required: true),
            kit.date("to", form.to, entry: .day, required: true),
            kit.select(
                "kind",
                PlanKind.allCases.map {
                    SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0.rawValue == form.kind)
                }),
            kit.select(
                "status",
                PlanStatus.allCases.map {
                    SelectOption(
                        value: $0.rawValue, label: display.text($0.label), selected: $0.rawValue == form.status)
                }),
            kit.select(
                "parentId",
                [SelectOption(value: "", label: kit.text("plans_no_parent"))]
                    + plans.filter { $0.id != id }.map {
                        SelectOption(value: String($0.id), label: $0.title, selected: String($0.id) == form.parentId)
                    }),
        ]
        hasFieldErrors = kit.hasErrors
        self.formError = formError?.text(language)
        formErrorLink =
            formError == nil
            ? nil
            : id.map {
                FormLink(href: PlanRoute.editPlan(id: $0).link(), label: kit.text("plans_reload"))
            }
        cancelHref = id.map { PlanRoute.plan(id: $0).link() } ?? PlanRoute.plans.link()
    }
}
