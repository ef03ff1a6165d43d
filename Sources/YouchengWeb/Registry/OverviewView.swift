import YouchengCore

/// The overview page's view model.
struct OverviewView: Sendable {
    /// A labelled count, linking into the list of exactly the partnerships it counts.
    struct Figure: Sendable {
        let id: String
        let label: String
        let value: Int
        /// Nil for counts of something else (partners, countries), which no list total would match.
        let href: String?
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

    /// What to say when the scope has no partnership although the registry has some, with the way back.
    struct EmptyScope: Sendable {
        let message: String
        let resetHref: String?
        let resetLabel: String
    }

    let paragraph: String
    /// Our rank among the peer cities entered ("第 N 位"), for the whole registry when there are any.
    var peerRank: String?
    let peersHref = ReportRoute.peers.link()
    let hasData: Bool
    /// Nothing is recorded at all: say to import or add.
    let registryEmpty: Bool
    /// Set when the registry has partnerships but none in this scope.
    let emptyScope: EmptyScope?
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
    let formAction = RegistryRoute.overview.link()
    let jsonHref: String
    let importHref = ImportRoute.importForm.link()
    let newHref = RegistryRoute.newPartnership.link()
    let listHref: String

    init(
        summary: SituationSummary, scope: SummaryScope, registryEmpty: Bool, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        // Every figure links to the list that counts the same rows: not ended, this home, established by `asOf`.
        let base = scope.listQuery
        func list(_ narrow: (inout PartnershipQuery) -> Void = { _ in }) -> String {
            var query = base
            narrow(&query)
            return RegistryRoute.partnerships.link(query.parameters())
        }
        paragraph = summary.paragraph(
            language, catalog: display.reference.countries, friendshipLabel: display.friendshipLabel)
        hasData = summary.partnerships > 0
        self.registryEmpty = registryEmpty
        emptyScope =
            hasData || registryEmpty
            ? nil
            : EmptyScope(
                message: catalog.text("empty_scope", language),
                resetHref: scope.isScoped ? RegistryRoute.overview.link() : nil,
                resetLabel: catalog.text("empty_scope_reset", language))
        asOf = scope.asOf.display(language)
        scopeName = scope.home.map(display.home)
        homeValue = scope.homeText
        asOfValue = scope.asOfText
        jsonHref = APIRoute.apiSummary.link(scope.parameters)
        listHref = list()
        figures = [
            ("partnerships", summary.partnerships, list()), ("partners", summary.partners, nil),
            ("countries", summary.countries, nil),
        ].map { id, value, href in
            Figure(id: id, label: catalog.text("figure_\(id)", language), value: value, href: href)
        }
        kinds = PartnershipKind.allCases.map { kind in
            Figure(
                id: kind.rawValue, label: display.kind(kind), value: summary.byKind[kind] ?? 0,
                href: list { $0.kind = kind })
        }
        levels = [LocalityLevel.province, .city, .district].map { level in
            Figure(
                id: level.rawValue, label: display.level(level), value: summary.byLevel[level] ?? 0,
                href: list { $0.level = level })
        }
        continents = Continent.allCases.map { continent in
            let spread = summary.byContinent[continent]
            return SpreadRow(
                code: continent.rawValue, label: display.continent(continent), partnerships: spread?.partnerships ?? 0,
                countries: spread?.countries ?? 0, href: list { $0.continent = continent })
        }
        groups = summary.groups.compactMap { code, spread in
            guard let group = display.reference.countries.group(code) else { return nil }
            return SpreadRow(
                code: code, label: display.group(group), partnerships: spread.partnerships, countries: spread.countries,
                href: list { $0.group = code })
        }
        topCountries = summary.topCountries.enumerated().map { index, entry in
            CountryRow(
                rank: index + 1, code: entry.country, name: display.country(entry.country),
                partnerships: entry.partnerships, href: list { $0.countries = [entry.country] })
        }
    }
}
