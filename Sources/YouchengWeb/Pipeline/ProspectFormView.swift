import YouchengCore

/// The prospect form's view model: home, names, country, GeoNames id, unit, themes, notes, and for a new prospect
/// its first stage and day; each field keeps its value as typed and shows its error.
struct ProspectFormView: Sendable {
    let heading: String
    let action: String
    let version: Int?
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let cancelHref: String

    init(
        form: ProspectForm, mode: FormMode, units: [MemberUnit], errors: FieldErrors?, formError: Bilingual?,
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "prospect_field_", errors: errors, language: language, catalog: catalog)
        heading = kit.text(mode.id == nil ? "prospect_new" : "prospect_edit")
        action = mode.id.map { PipelineRoute.updateProspect(id: $0).link() } ?? PipelineRoute.createProspect.link()
        version = mode.version
        var fields = [
            kit.text("home", form.home, required: true, hint: kit.text("prospect_hint_home")),
            kit.text("name", form.name, lang: "en"),
            kit.text("nameZh", form.nameZh, lang: "zh-Hans"),
            kit.text("country", form.country, required: true, hint: kit.text("prospect_hint_country")),
            kit.text("geonameId", form.geonameId, inputMode: "numeric"),
            kit.select(
                "unit",
                [SelectOption(value: "", label: kit.text("prospect_choose_unit"))]
                    + units.map {
                        SelectOption(
                            value: String($0.id), label: $0.name.text(language), selected: String($0.id) == form.unit)
                    }),
            kit.text("themes", form.themes, hint: kit.text("prospect_hint_themes")),
            kit.textarea("notes", form.notes),
        ]
        if mode.id == nil {
            let chosen = ProspectStage(rawValue: form.stage) ?? .identified
            fields.append(
                kit.select(
                    "stage",
                    ProspectStage.allCases.filter(\.isOpen).map {
                        SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == chosen)
                    }))
            fields.append(kit.date("date", form.date, entry: .day, hint: kit.text("prospect_hint_date")))
        }
        self.fields = fields
        hasFieldErrors = kit.hasErrors
        self.formError = formError?.text(language)
        formErrorLink =
            formError == nil
            ? nil
            : mode.id.map {
                FormLink(href: PipelineRoute.editProspect(id: $0).link(), label: kit.text("prospect_reload"))
            }
        cancelHref = mode.id.map { PipelineRoute.prospect(id: $0).link() } ?? PipelineRoute.pipeline.link()
    }
}
