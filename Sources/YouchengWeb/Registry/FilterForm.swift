import YouchengCore

/// The filter form above the partnership list (and the map), filled from the current query.
struct FilterForm: Sendable {
    let action: String
    let resetHref: String
    let q: String
    let home: String
    let from: String
    let to: String
    let countries: OptionList
    /// More than one country is selected (from a link); the select then allows several.
    let multipleCountries: Bool
    let continents: OptionList
    let groups: OptionList
    let kinds: OptionList
    let levels: OptionList
    let statuses: OptionList
    /// More than one status is selected (the overview's links ask for active and suspended); the select allows several.
    let multipleStatuses: Bool
    /// The message beside each refused filter, by parameter name (`{{#fieldErrors.from}}`).
    let fieldErrors: TextTable
    /// Some filter was refused.
    let hasErrors: Bool
    /// Kept across a filter change: the sort and page size.
    let hidden: [SelectOption]

    init(
        query: PartnershipQuery, raw: QueryString, errors: FieldErrors, display: Display, catalog: LabelCatalog,
        route: any Route = RegistryRoute.partnerships
    ) {
        action = route.link()
        resetHref = route.link()
        let language = display.language
        func any(_ key: String) -> SelectOption { SelectOption(value: "", label: catalog.text(key, language)) }
        var fieldErrors: [String: String] = [:]
        for error in errors.errors {
            if let field = error.field { fieldErrors[field] = error.message.text(language) }
        }
        self.fieldErrors = TextTable(texts: fieldErrors)
        hasErrors = !fieldErrors.isEmpty
        // A refused value is shown as typed, so it can be corrected.
        func typed(_ name: String, _ valid: String?) -> String {
            fieldErrors[name] == nil ? valid ?? "" : raw[name] ?? ""
        }
        q = typed("q", query.text)
        home = raw["home"] ?? ""
        from = typed("from", query.from?.description)
        to = typed("to", query.to?.description)
        countries =
            OptionList(
                [any("filter_country_any")]
                    + display.countriesByName.map {
                        SelectOption(
                            value: $0.alpha2, label: display.text($0.label),
                            selected: query.countries.contains($0.alpha2))
                    })
        multipleCountries = query.countries.count > 1
        continents =
            OptionList(
                [any("filter_continent_any")]
                    + Continent.allCases.map {
                        SelectOption(value: $0.rawValue, label: display.continent($0), selected: query.continent == $0)
                    })
        groups =
            OptionList(
                [any("filter_group_any")]
                    + display.reference.countries.groups.map {
                        SelectOption(value: $0.code, label: display.group($0), selected: query.group == $0.code)
                    })
        kinds =
            OptionList(
                [any("filter_kind_any")]
                    + PartnershipKind.allCases.map {
                        SelectOption(value: $0.rawValue, label: display.kind($0), selected: query.kind == $0)
                    })
        levels =
            OptionList(
                [any("filter_level_any")]
                    + [LocalityLevel.province, .city, .district].map {
                        SelectOption(value: $0.rawValue, label: display.level($0), selected: query.level == $0)
                    })
        statuses =
            OptionList(
                [any("filter_status_any")]
                    + PartnershipStatus.allCases.map {
                        SelectOption(
                            value: $0.rawValue, label: display.status($0), selected: query.statuses.contains($0))
                    })
        multipleStatuses = query.statuses.count > 1
        var hidden: [SelectOption] = []
        if query.sort != .home || query.descending {
            hidden.append(SelectOption(value: query.sortParameter, label: "sort"))
        }
        if query.per != PartnershipQuery().per { hidden.append(SelectOption(value: String(query.per), label: "per")) }
        self.hidden = hidden
    }
}
