import YouchengCore

/// The overview page's view model.
struct OverviewView: Sendable {
    /// A labelled count linking into the filtered list.
    struct Figure: Sendable {
        let id: String
        let label: String
        let value: Int
        let href: String
    }

    /// A row of partnerships and countries (a continent or a country group).
    struct SpreadRow: Sendable {
        let code: String
        let label: String
        let partnerships: Int
        let countries: Int
        let href: String
    }

    /// A row of the top countries table.
    struct CountryRow: Sendable {
        let rank: Int
        let code: String
        let name: String
        let partnerships: Int
        let href: String
    }

    let paragraph: String
    let hasData: Bool
    let asOf: String
    let scopeName: String?
    let homeValue: String
    let asOfValue: String
    let figures: [Figure]
    let kinds: [Figure]
    let levels: [Figure]
    let continents: [SpreadRow]
    let groups: [SpreadRow]
    let topCountries: [CountryRow]
    let formAction = WebRoute.overview.link()
    let jsonHref: String
    let importHref = WebRoute.importForm.link()
    let newHref = WebRoute.newPartnership.link()
    let listHref: String

    init(summary: SituationSummary, scope: SummaryScope, display: Display, catalog: LabelCatalog) {
        let language = display.language
        let base = scope.listParameters
        func list(_ extra: [(String, String)] = []) -> String { WebRoute.partnerships.link(base + extra) }
        paragraph = summary.paragraph(
            language, catalog: display.reference.countries, friendshipLabel: display.friendshipLabel)
        hasData = summary.partnerships > 0
        asOf = scope.asOf.display(language)
        scopeName = scope.home.map(display.home)
        homeValue = scope.homeText
        asOfValue = scope.asOfText
        jsonHref = WebRoute.apiSummary.link(scope.parameters)
        listHref = list()
        figures = [
            ("partnerships", summary.partnerships), ("partners", summary.partners), ("countries", summary.countries),
        ].map { id, value in
            Figure(id: id, label: catalog.text("figure_\(id)", language), value: value, href: list())
        }
        kinds = PartnershipKind.allCases.map { kind in
            Figure(
                id: kind.rawValue, label: display.kind(kind), value: summary.byKind[kind] ?? 0,
                href: list([("kind", kind.rawValue)]))
        }
        levels = [LocalityLevel.province, .city, .district].map { level in
            Figure(
                id: level.rawValue, label: display.level(level), value: summary.byLevel[level] ?? 0,
                href: list([("level", level.rawValue)]))
        }
        continents = Continent.allCases.map { continent in
            let spread = summary.byContinent[continent]
            return SpreadRow(
                code: continent.rawValue, label: display.continent(continent), partnerships: spread?.partnerships ?? 0,
                countries: spread?.countries ?? 0, href: list([("continent", continent.rawValue)]))
        }
        groups = summary.groups.compactMap { code, spread in
            guard let group = display.reference.countries.group(code) else { return nil }
            return SpreadRow(
                code: code, label: display.group(group), partnerships: spread.partnerships, countries: spread.countries,
                href: list([("group", code)]))
        }
        topCountries = summary.topCountries.enumerated().map { index, entry in
            CountryRow(
                rank: index + 1, code: entry.country, name: display.country(entry.country),
                partnerships: entry.partnerships,
                href: list([("country", entry.country)]))
        }
    }
}
