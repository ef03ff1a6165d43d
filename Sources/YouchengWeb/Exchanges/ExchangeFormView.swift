import YouchengCore

/// The exchange form's view model: each field with its value as typed and its error, the options, and the
/// compliance breaches of an outgoing delegation.
struct ExchangeFormView: Sendable {
    let heading: String
    let action: String
    let version: String?
    /// Title, dates, kind, partners, countries, unit, rank, people, domains, outcomes and members, in page order.
    let fields: [FormField]
    let hasFieldErrors: Bool
    let formError: String?
    let formErrorLink: FormLink?
    /// On a stale save: what changed since the form was opened.
    var meanwhile: ChangedMeanwhileView?
    /// The rules the outgoing delegation breaks (saving is still allowed).
    let breaches: [String]
    let hasBreaches: Bool
    let partnerOptions: [SelectOption]
    let cancelHref: String
    let deleteHref: String?

    init(
        form: ExchangeForm, mode: FormMode, errors: FieldErrors?, conflict: ExchangeError?,
        breaches: [ComplianceBreach], units: [MemberUnit], lookups: ExchangeContext, optionalUnit: Bool,
        language: Language, catalog: LabelCatalog
    ) {
        let kit = FormFieldKit(labelPrefix: "exchange_field_", errors: errors, language: language, catalog: catalog)
        heading = catalog.text(mode.id == nil ? "exchange_new" : "exchange_edit", language)
        action = mode.id.map { ExchangeRoute.updateExchange(id: $0).link() } ?? ExchangeRoute.createExchange.link()
        version = mode.version.map(String.init)
        let names = kit.text("exchange_hint_names")
        fields = [
            kit.text("title", form.title, required: true),
            kit.date("start", form.start, entry: .day, required: true),
            kit.date("end", form.end, entry: .day, hint: kit.text("exchange_hint_end")),
            kit.select(
                "kind",
                ExchangeKind.allCases.map {
                    SelectOption(value: $0.rawValue, label: $0.label.text(language), selected: $0.rawValue == form.kind)
                }),
            kit.text("partners", form.partners, hint: names, list: "partner-options"),
            kit.text("countries", form.countries, hint: names),
            kit.select(
                "unit",
                (optionalUnit ? [SelectOption(value: "", label: kit.text("exchange_unit_none"))] : [])
                    + units.map {
                        SelectOption(
                            value: String($0.id), label: lookups.unitName($0.id, language),
                            selected: String($0.id) == form.unit)
                    }),
            kit.select(
                "rank",
                [SelectOption(value: "", label: kit.text("exchange_rank_none"))]
                    + LeaderRank.allCases.map {
                        SelectOption(
                            value: $0.rawValue, label: $0.label.text(language), selected: $0.rawValue == form.rank)
                    }),
            kit.text("people", form.people, inputMode: "numeric"),
            kit.checkboxes(
                "domains",
                lookups.domains.filter { $0.active || form.domains.contains($0.code) }.map {
                    SelectOption(
                        value: $0.code, label: $0.label.text(language), selected: form.domains.contains($0.code))
                }),
            kit.textarea("outcomes", form.outcomes),
            kit.textarea("members", form.members, hint: kit.text("exchange_hint_members")),
            kit.text("budget", form.budget, hint: kit.text("exchange_hint_money"), inputMode: "decimal"),
            kit.text("actual", form.actual, hint: kit.text("exchange_hint_money"), inputMode: "decimal"),
        ]
        hasFieldErrors = kit.hasErrors
        switch conflict {
        case .staleVersion:
            formError = catalog.text("exchange_stale", language)
            formErrorLink = mode.id.map {
                FormLink(href: ExchangeRoute.editExchange(id: $0).link(), label: catalog.text("form_reopen", language))
            }
        case .duplicate(let existing):
            formError = conflict?.message.text(language)
            formErrorLink = FormLink(
                href: ExchangeRoute.editExchange(id: existing).link(),
                label: catalog.text("form_open_existing", language))
        default:
            formError = conflict?.message.text(language)
            formErrorLink = nil
        }
        self.breaches = breaches.map { $0.message.text(language) }
        hasBreaches = !breaches.isEmpty
        let importer = lookups.importer
        partnerOptions = importer.partners.map {
            SelectOption(value: importer.uniqueName(partnerId: $0.id), label: $0.country)
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
