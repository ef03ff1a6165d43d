import YouchengCore

/// The project form's view model: title, partners (names, suggested from the registry), unit (an editor sees only
/// their own), domain, for a new project its first stage and day, the amounts with their currency, the office's
/// budget and cost, and the source. Each field keeps its value as typed and shows its error.
struct ProjectFormView: Sendable {
    let heading: String
    let action: String
    let version: Int?
    let fields: [FormField]
    let partnerOptions: [SelectOption]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String

    init(
        form: ProjectForm, mode: FormMode, errors: FieldErrors?, lookups: ExchangeContext, principal: Principal,
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "project_field_", errors: errors, language: language, catalog: catalog)
        heading = kit.text(mode.id == nil ? "project_new" : "project_edit")
        action = mode.id.map { ProjectRoute.updateProject(id: $0).link() } ?? ProjectRoute.createProject.link()
        version = mode.version
        let kind = ProjectKind(rawValue: form.kind) ?? ProjectKind(parsing: form.kind)
        let stage = ProjectStage(rawValue: form.stage) ?? ProjectStage(parsing: form.stage) ?? .lead
        let sourceKind = ProjectSourceKind(rawValue: form.sourceKind)
        let units = lookups.units.filter {
            ($0.active && (principal.role == .admin || $0.id == principal.unitId)) || String($0.id) == form.unit
        }
        var list = [
            kit.text("title", form.title, required: true),
            kit.text(
                "partners", form.partners.joined(separator: "、"), required: true,
                hint: kit.text("project_hint_partners"),
                list: "partner-options"),
            kit.select(
                "unit",
                [SelectOption(value: "", label: kit.text("projects_filter_any"))]
                    + units.map {
                        SelectOption(
                            value: String($0.id), label: lookups.unitName($0.id, language),
                            selected: String($0.id) == form.unit)
                    }),
            kit.select(
                "kind",
                ProjectKind.allCases.map {
                    SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == kind)
                }),
        ]
        if mode.id == nil {
            list.append(
                kit.select(
                    "stage",
                    ProjectStage.allCases.map {
                        SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == stage)
                    }, hint: kit.text("project_hint_first_stage")))
            list.append(kit.date("date", form.date, entry: .day, required: true))
        }
        list += [
            kit.text("agreed", form.agreed, inputMode: "decimal"),
            kit.text("realised", form.realised, inputMode: "decimal"),
            kit.text("currency", form.currency, hint: kit.text("project_hint_currency")),
            kit.text("budget", form.budget, hint: kit.text("project_hint_budget"), inputMode: "decimal"),
            kit.text("actualCost", form.actualCost, hint: kit.text("project_hint_cost"), inputMode: "decimal"),
            kit.select(
                "sourceKind",
                [SelectOption(value: "", label: kit.text("project_source_none"))]
                    + ProjectSourceKind.allCases.map {
                        SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == sourceKind)
                    }),
            kit.text("source", form.sourceReference, hint: kit.text("project_hint_source")),
        ]
        fields = list
        let importer = lookups.importer
        partnerOptions = importer.partners.map {
            SelectOption(value: importer.uniqueName(partnerId: $0.id), label: $0.country)
        }
        hasFieldErrors = kit.hasErrors
        formError = errors?.message(for: "version")?.text(language)
        formErrorLink = mode.id.map {
            FormLink(href: ProjectRoute.project(id: $0).link(), label: kit.text("project_reopen"))
        }
        cancelHref = mode.id.map { ProjectRoute.project(id: $0).link() } ?? ProjectRoute.projects.link()
    }
}
