import YouchengCore

/// The partnership form's view model: each field with its value as typed and its error, if any.
struct PartnershipFormView: Sendable {
    /// Creating a partnership, or updating one at a known version.
    enum Mode: Sendable {
        case create
        case update(id: Int64, version: Int)

        var id: Int64? {
            if case .update(let id, _) = self { id } else { nil }
        }

        var version: Int? {
            if case .update(_, let version) = self { version } else { nil }
        }
    }

    /// A text field.
    struct Field: Sendable {
        let name: String
        let id: String
        let label: String
        let value: String
        let error: String?
    }

    /// A link next to a form-level error (the existing partnership, the fresh record).
    struct Link: Sendable {
        let href: String
        let label: String
    }

    let heading: String
    let action: String
    let version: String?
    let home: Field
    let partner: Field
    let partnerZh: Field
    let country: Field
    let established: Field
    let notes: Field
    let kind: Field
    let kinds: [SelectOption]
    let status: Field
    let statuses: [SelectOption]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: Link?
    /// When the form was opened from an older version: what changed since.
    let meanwhile: ChangedMeanwhileView?
    let countryOptions: [SelectOption]
    let homeOptions: [SelectOption]
    let cancelHref: String

    init(
        form: PartnershipForm, mode: Mode, errors: FieldErrors?, conflict: RegistryError?, display: Display,
        catalog: LabelCatalog, meanwhile: ChangedMeanwhileView? = nil
    ) {
        let language = display.language
        func field(_ name: String, _ value: String) -> Field {
            Field(
                name: name, id: "field-\(name)", label: catalog.text("field_\(name)", language), value: value,
                error: errors?.message(for: name)?.text(language))
        }
        heading = catalog.text(mode.id == nil ? "form_new_title" : "form_edit_title", language)
        action =
            mode.id.map { RegistryRoute.updatePartnership(id: $0).link() } ?? RegistryRoute.createPartnership.link()
        version = mode.version.map(String.init)
        home = field("home", form.home)
        partner = field("partner", form.partner)
        partnerZh = field("partner_zh", form.partnerZh)
        country = field("country", form.country)
        established = field("established", form.established)
        notes = field("notes", form.notes)
        kind = field("kind", form.kind)
        status = field("status", form.status)
        let chosenKind = PartnershipKind(rawValue: form.kind) ?? PartnershipKind(parsing: form.kind)
        kinds = PartnershipKind.allCases.map {
            SelectOption(value: $0.rawValue, label: display.kind($0), selected: $0 == chosenKind)
        }
        let chosenStatus = PartnershipStatus(rawValue: form.status) ?? PartnershipStatus(parsing: form.status)
        statuses = PartnershipStatus.allCases.map {
            SelectOption(value: $0.rawValue, label: display.status($0), selected: $0 == chosenStatus)
        }
        hasFieldErrors = !(errors?.errors.isEmpty ?? true)
        if case .staleVersion = conflict {
            formError = catalog.text("form_stale", language)
        } else {
            formError = conflict?.message.text(language)
        }
        self.meanwhile = meanwhile
        formErrorLink = Self.conflictLink(conflict, mode: mode, catalog: catalog, language: language)
        countryOptions = display.countriesByName.map { SelectOption(value: display.text($0.label), label: $0.alpha2) }
        homeOptions = display.reference.localities.byCode.values
            .filter { $0.level == .province || $0.level == .city }
            .sorted { $0.code < $1.code }
            .map { SelectOption(value: $0.fullName, label: $0.code) }
        cancelHref = RegistryRoute.partnerships.link()
    }

    private static func conflictLink(
        _ conflict: RegistryError?, mode: Mode, catalog: LabelCatalog, language: Language
    ) -> Link? {
        switch conflict {
        case .duplicatePair(let existing):
            Link(
                href: RegistryRoute.editPartnership(id: existing).link(),
                label: catalog.text("form_open_existing", language)
            )
        case .staleVersion:
            mode.id.map {
                Link(href: RegistryRoute.editPartnership(id: $0).link(), label: catalog.text("form_reopen", language))
            }
        default: nil
        }
    }
}
