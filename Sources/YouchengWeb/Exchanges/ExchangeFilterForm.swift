import YouchengCore

/// The filter form above the exchanges list, filled from the current query.
struct ExchangeFilterForm: Sendable {
    let action = ExchangeRoute.exchanges.link()
    let resetHref = ExchangeRoute.exchanges.link()
    let from: String
    let to: String
    let kinds: [SelectOption]
    let multipleKinds: Bool
    /// The partner `<option>`s, rendered by `PartnerChoices` (thousands of them, the same on every request).
    let partnerOptions: String
    let countries: [SelectOption]
    let multipleCountries: Bool
    let units: [SelectOption]
    let domains: [SelectOption]
    let ranks: [SelectOption]
    /// Kept across a filter change: the sort and page size.
    let hidden: [SelectOption]

    init(
        query: ExchangeQuery, lookups: ExchangeContext, partnerOptions: String, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        let any = SelectOption(value: "", label: catalog.text("exchanges_filter_any", language))
        from = query.from?.description ?? ""
        to = query.to?.description ?? ""
        kinds =
            [any]
            + ExchangeKind.allCases.map {
                SelectOption(value: $0.rawValue, label: $0.label.text(language), selected: query.kinds.contains($0))
            }
        multipleKinds = query.kinds.count > 1
        self.partnerOptions = partnerOptions
        countries =
            [any]
            + display.countriesByName.map {
                SelectOption(
                    value: $0.alpha2, label: display.text($0.label), selected: query.countries.contains($0.alpha2))
            }
        multipleCountries = query.countries.count > 1
        units =
            [any]
            + lookups.units.map {
                SelectOption(
                    value: String($0.id), label: lookups.unitName($0.id, language), selected: query.unitId == $0.id)
            }
        domains =
            [any]
            + lookups.domains.map {
                SelectOption(value: $0.code, label: $0.label.text(language), selected: query.domain == $0.code)
            }
        ranks =
            [any]
            + LeaderRank.allCases.map {
                SelectOption(value: $0.rawValue, label: $0.label.text(language), selected: query.rank == $0)
            }
        var hidden: [SelectOption] = []
        if !query.isDefaultSort { hidden.append(SelectOption(value: query.sortParameter, label: "sort")) }
        if query.per != ExchangeQuery.defaultPer {
            hidden.append(SelectOption(value: String(query.per), label: "per"))
        }
        self.hidden = hidden
    }

    /// The partner choices of the form, none selected: "any", then every partner by its name in `display`'s language
    /// with its country.
    static func partnerChoices(_ partners: [Partner], display: Display, catalog: LabelCatalog) -> [SelectOption] {
        [SelectOption(value: "", label: catalog.text("exchanges_filter_any", display.language))]
            + partners
            .map { (partner: $0, name: display.partner($0)) }
            .sorted { $0.name < $1.name }
            .map {
                SelectOption(value: String($0.partner.id), label: "\($0.name) (\(display.country($0.partner.country)))")
            }
    }
}
