import YouchengCore

/// The unit form's view model: each field with its value as typed and its error; on an existing unit, its history
/// and the way to deactivate it.
struct UnitFormView: Sendable {
    let heading: String
    let action: String
    let version: String?
    let nameZh: FormField
    let nameEn: FormField
    let kind: FormField
    let kinds: [SelectOption]
    let home: FormField
    let contact: FormField
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
        func field(_ name: String, _ value: String) -> FormField {
            FormField(
                name: name, label: catalog.text("unit_\(name)", language), value: value,
                error: errors?.message(for: name)?.text(language))
        }
        heading =
            mode.id == nil
            ? catalog.text("unit_new_title", language)
            : catalog.text("unit_edit_title", language, ["name": unit?.nameZh ?? ""])
        action = mode.id.map { AccountRoute.updateUnit(id: $0).link() } ?? AccountRoute.createUnit.link()
        version = mode.version.map(String.init)
        nameZh = field("name_zh", form.nameZh)
        nameEn = field("name_en", form.nameEn)
        kind = field("kind", form.kind)
        home = field("home", form.home)
        contact = field("contact", form.contact)
        let chosen = UnitKind(rawValue: form.kind) ?? UnitKind(parsing: form.kind)
        kinds = UnitKind.allCases.map {
            SelectOption(value: $0.rawValue, label: display.text($0.label), selected: $0 == chosen)
        }
        hasFieldErrors = !(errors?.errors.isEmpty ?? true)
        self.formError = formError?.text(language)
        formErrorLink =
            formError == nil
            ? nil
            : mode.id.map {
                FormLink(href: AccountRoute.editUnit(id: $0).link(), label: catalog.text("form_reopen", language))
            }
        // Provinces and cities, as the partnership form offers; a district is typed by its full name or code.
        homeOptions = display.reference.localities.byCode.values
            .filter { $0.level == .province || $0.level == .city }
            .sorted { $0.code < $1.code }
            .map { SelectOption(value: $0.fullName, label: $0.code) }
        cancelHref = AccountRoute.units.link()
        deactivateHref = unit.flatMap { $0.active ? AccountRoute.confirmDeactivateUnit(id: $0.id).link() : nil }
        inactiveNotice = unit.flatMap { $0.active ? nil : catalog.text("unit_inactive_notice", language) }
        self.history = history
    }
}
