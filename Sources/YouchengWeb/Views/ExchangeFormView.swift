import YouchengCore

/// The exchange form's view model: each field with its value as typed and its error, the options, and the
/// compliance breaches of an outgoing delegation.
struct ExchangeFormView: Sendable {
    typealias Field = PartnershipFormView.Field
    typealias Link = PartnershipFormView.Link

    let heading: String
    let action: String
    let version: String?
    let title: Field
    let start: Field
    let end: Field
    let kind: Field
    let kinds: [SelectOption]
    let partners: Field
    let countries: Field
    let unit: Field
    let units: [SelectOption]
    let rank: Field
    let ranks: [SelectOption]
    let people: Field
    let domains: Field
    let domainOptions: [SelectOption]
    let outcomes: Field
    let members: Field
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: Link?
    /// On a stale save: what changed since the form was opened.
    var meanwhile: ChangedMeanwhileView?
    /// The rules the outgoing delegation breaks (saving is still allowed).
    let breaches: [String]
    let hasBreaches: Bool
    let partnerOptions: [SelectOption]
    let cancelHref: String
    let deleteHref: String?

    init(
        form: ExchangeForm, mode: PartnershipFormView.Mode, errors: FieldErrors?, conflict: ExchangeError?,
        breaches: [ComplianceBreach], units: [MemberUnit], lookups: ExchangeContext, optionalUnit: Bool,
        language: Language, catalog: LabelCatalog
    ) {
        func field(_ name: String, _ value: String) -> Field {
            Field(
                name: name, id: "field-\(name)", label: catalog.text("exchange_field_\(name)", language), value: value,
                error: errors?.message(for: name)?.text(language))
        }
        heading = catalog.text(mode.id == nil ? "exchange_new" : "exchange_edit", language)
        action = mode.id.map { ExchangeRoute.updateExchange(id: $0).link() } ?? ExchangeRoute.createExchange.link()
        version = mode.version.map(String.init)
        title = field("title", form.title)
        start = field("start", form.start)
        end = field("end", form.end)
        kind = field("kind", form.kind)
        kinds = ExchangeKind.allCases.map {
            SelectOption(value: $0.rawValue, label: $0.label.text(language), selected: $0.rawValue == form.kind)
        }
        partners = field("partners", form.partners)
        countries = field("countries", form.countries)
        unit = field("unit", form.unit)
        self.units =
            (optionalUnit ? [SelectOption(value: "", label: catalog.text("exchange_unit_none", language))] : [])
            + units.map {
                SelectOption(
                    value: String($0.id), label: lookups.unitName($0.id, language), selected: String($0.id) == form.unit
                )
            }
        rank = field("rank", form.rank)
        ranks =
            [SelectOption(value: "", label: catalog.text("exchange_rank_none", language))]
            + LeaderRank.allCases.map {
                SelectOption(value: $0.rawValue, label: $0.label.text(language), selected: $0.rawValue == form.rank)
            }
        people = field("people", form.people)
        domains = field("domains", "")
        domainOptions = lookups.domains.filter { $0.active || form.domains.contains($0.code) }.map {
            SelectOption(value: $0.code, label: $0.label.text(language), selected: form.domains.contains($0.code))
        }
        outcomes = field("outcomes", form.outcomes)
        members = field("members", form.members)
        hasFieldErrors = !(errors?.errors.isEmpty ?? true)
        switch conflict {
        case .staleVersion:
            formError = catalog.text("exchange_stale", language)
            formErrorLink = mode.id.map {
                Link(href: ExchangeRoute.editExchange(id: $0).link(), label: catalog.text("form_reopen", language))
            }
        case .duplicate(let existing):
            formError = conflict?.message.text(language)
            formErrorLink = Link(
                href: ExchangeRoute.editExchange(id: existing).link(),
                label: catalog.text("form_open_existing", language))
        default:
            formError = conflict?.message.text(language)
            formErrorLink = nil
        }
        self.breaches = breaches.map { $0.message.text(language) }
        hasBreaches = !breaches.isEmpty
        partnerOptions = lookups.importer.partners.map {
            SelectOption(value: lookups.importer.uniqueName(partnerId: $0.id), label: $0.country)
        }
        cancelHref = ExchangeRoute.exchanges.link()
        deleteHref = mode.id.map { ExchangeRoute.deleteExchangeConfirm(id: $0).link() }
    }

    /// The units `principal` may choose: an editor only their own; an admin every active unit, and the stored
    /// exchange's unit even if it was deactivated since.
    static func choosableUnits(_ units: [MemberUnit], principal: Principal, stored: Exchange?) -> [MemberUnit] {
        switch principal.role {
        case .admin: units.filter { $0.active || $0.id == stored?.draft.unitId }
        case .editor: units.filter { $0.id == principal.unitId }
        case .viewer: []
        }
    }
}
