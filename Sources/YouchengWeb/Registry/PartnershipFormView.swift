import YouchengCore

/// The partnership form's view model: each field with its value as typed and its error, if any.
struct PartnershipFormView: Sendable {
    let heading: String
    let action: String
    let version: String?
    /// Home, the partner's names, country, kind, date established, status and notes, in page order.
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    /// When the form was opened from an older version: what changed since.
    let meanwhile: ChangedMeanwhileView?
    let countryOptions: [SelectOption]
    let homeOptions: [SelectOption]
    let cancelHref: String

    init(
        form: PartnershipForm, mode: FormMode, errors: FieldErrors?, conflict: RegistryError?, display: Display,
        catalog: LabelCatalog, meanwhile: ChangedMeanwhileView? = nil
    ) {
        let language = display.language
        let kit = FormFieldKit(labelPrefix: "field_", errors: errors, language: language, catalog: catalog)
        heading = catalog.text(mode.id == nil ? "form_new_title" : "form_edit_title", language)
        action =
            mode.id.map { RegistryRoute.updatePartnership(id: $0).link() } ?? RegistryRoute.createPartnership.link()
        version = mode.version.map(String.init)
        let chosenKind = PartnershipKind(rawValue: form.kind) ?? PartnershipKind(parsing: form.kind)
        let chosenStatus = PartnershipStatus(rawValue: form.status) ?? PartnershipStatus(parsing: form.status)
        fields = [
            kit.text(
                "home", form.home, required: true, hint: kit.text("hint_home"), list: "home-options",
                placeholder: kit.text("home_placeholder")),
            kit.text("partner_zh", form.partnerZh, lang: "zh-Hans"),
            kit.text("partner", form.partner, hint: kit.text("hint_partner")),
            kit.text("country", form.country, required: true, list: "country-options"),
            kit.select(
                "kind",
                PartnershipKind.allCases.map {
                    SelectOption(value: $0.rawValue, label: display.kind($0), selected: $0 == chosenKind)
                }),
            kit.date("established", form.established, entry: .partial, hint: kit.text("hint_established")),
            kit.select(
                "status",
                PartnershipStatus.allCases.map {
                    SelectOption(value: $0.rawValue, label: display.status($0), selected: $0 == chosenStatus)
                }),
            kit.textarea("notes", form.notes),
        ]
        hasFieldErrors = kit.hasErrors
        if case .staleVersion = conflict {
            formError = catalog.text("form_stale", language)
        } else {
            formError = conflict?.message.text(language)
        }
        self.meanwhile = meanwhile
        formErrorLink = Self.conflictLink(conflict, mode: mode, catalog: catalog, language: language)
        countryOptions = display.countriesByName.map { SelectOption(value: display.text($0.label), label: $0.alpha2) }
        homeOptions = display.homeSuggestions
        cancelHref = RegistryRoute.partnerships.link()
    }

    private static func conflictLink(
        _ conflict: RegistryError?, mode: FormMode, catalog: LabelCatalog, language: Language
    ) -> FormLink? {
        switch conflict {
        case .duplicatePair(let existing):
            FormLink(
                href: RegistryRoute.editPartnership(id: existing).link(),
                label: catalog.text("form_open_existing", language)
            )
        case .staleVersion:
            mode.id.map {
                FormLink(
                    href: RegistryRoute.editPartnership(id: $0).link(), label: catalog.text("form_reopen", language))
            }
        default: nil
        }
    }
}
