import YouchengCore

/// The unit form's view model: each field with its value as typed and its error; on an existing unit, its history
/// and the way to deactivate it.
struct UnitFormView: Sendable {
    let heading: String
    let action: String
    let version: String?
    /// Chinese and English names, kind, home and contact, in page order.
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    let homeOptions: [SelectOption]
    let cancelHref: String
    /// The link to the confirmation page; only for an active, stored unit.
    let deactivateHref: String?
    /// Shown on a stored unit that is inactive.
    let inactiveNotice: String?
    let history: AuditHistoryView?

    init(
        form: UnitForm, mode: FormMode, unit: MemberUnit?, errors: FieldErrors?, formError: Bilingual?,
        history: AuditHistoryView?, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "unit_", errors: errors, language: language, catalog: catalog)
        heading =
            mode.id == nil
            ? catalog.text("unit_new_title", language)
            : catalog.text("unit_edit_title", language, ["name": unit?.nameZh ?? ""])
        action = mode.id.map { AccountRoute.updateUnit(id: $0).link() } ?? AccountRoute.createUnit.link()
        version = mode.version.map(String.init)
        let chosen = UnitKind(rawValue: form.kind) ?? UnitKind(parsing: form.kind)
        fields = [
            kit.text("name_zh", form.nameZh, required: true, lang: "zh-Hans"),
            kit.text("name_en", form.nameEn),
            kit.select(
                "kind",
                UnitKind.allCases.map {
                    SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == chosen)
                }),
            kit.text(
                "home", form.home, hint: kit.text("unit_home_hint"), list: "home-options",
                placeholder: kit.text("home_placeholder")),
            kit.text("contact", form.contact),
        ]
        hasFieldErrors = kit.hasErrors
        self.formError = formError?.text(language)
        formErrorLink =
            formError == nil
            ? nil
            : mode.id.map {
                FormLink(href: AccountRoute.editUnit(id: $0).link(), label: catalog.text("form_reopen", language))
            }
        homeOptions = display.homeSuggestions
        cancelHref = AccountRoute.units.link()
        deactivateHref = unit.flatMap { $0.active ? AccountRoute.confirmDeactivateUnit(id: $0.id).link() : nil }
        inactiveNotice = unit.flatMap { $0.active ? nil : catalog.text("unit_inactive_notice", language) }
        self.history = history
    }
}
