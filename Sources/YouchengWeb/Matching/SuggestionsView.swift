import YouchengCore

/// The suggestions page's view model: the filters (home, themes, country, group), a row a city with its five
/// factors' points and reasons, the total and the actions; the pages; and what to do when there is nothing.
struct SuggestionsView: Sendable {
    /// What the user may do from a row.
    struct Access: Sendable {
        /// Make a city a prospect (writers).
        let prospects: Bool
        /// Edit a city's themes (administrators).
        let themes: Bool
    }

    struct Factor: Sendable {
        let key: String
        let points: Int
        let reason: String
    }

    struct Row: Sendable {
        let rank: Int
        let geonameId: Int64
        let name: String
        let otherName: String
        let country: String
        let population: String
        let factors: [Factor]
        let total: Int
        let prospectHref: String?
        let themesHref: String?
    }

    let title: String
    let action: String
    let homeText: String
    let homeName: String?
    let themesText: String
    let countryOptions: [SelectOption]
    let groupOptions: [SelectOption]
    let homeOptions: [SelectOption]
    let headers: [SortHeader]
    let factorHeaders: [String]
    let rows: [Row]
    let countText: String?
    let emptyText: String?
    let thinHref: String?
    let pagination: Pagination?

    init(
        scope: MatchingScope, query: SuggestionQuery, page: ListPage<Suggestion>?, access: Access, display: Display,
        catalog: LabelCatalog
    ) {
        let language = display.language
        func text(_ key: String, _ arguments: [String: String] = [:]) -> String {
            catalog.text(key, language, arguments)
        }
        title = text("matching_title")
        action = MatchingRoute.suggestions.link()
        homeText = scope.homeText
        homeName = scope.home.map(display.home)
        themesText = query.themes.joined(separator: ", ")
        countryOptions =
            [SelectOption(value: "", label: text("matching_any_country"))]
            + display.countriesByName.filter { !CountryCatalog.domestic.contains($0.alpha2) }.map {
                SelectOption(value: $0.alpha2, label: display.text($0.label), selected: $0.alpha2 == query.country)
            }
        groupOptions =
            [SelectOption(value: "", label: text("matching_any_group"))]
            + display.reference.countries.groups.map {
                SelectOption(value: $0.code, label: display.group($0), selected: $0.code == query.group)
            }
        homeOptions = display.homeSuggestions
        let link: (SuggestionQuery) -> String = { target in
            MatchingRoute.suggestions.link(
                (scope.homeText.isEmpty ? [] : [("home", scope.homeText)]) + target.parameters())
        }
        headers = [
            SortHeader(.name, label: text("matching_column_city"), query: query, link: link),
            SortHeader(.population, label: text("matching_column_population"), query: query, link: link),
            SortHeader(.score, label: text("matching_column_score"), query: query, link: link),
        ]
        factorHeaders = MatchFactor.allCases.map { text("matching_factor_\($0.rawValue)") }
        let first = ((page?.page ?? 1) - 1) * query.per
        rows = (page?.items ?? []).enumerated().map { index, s in
            Self.row(s, rank: first + index + 1, scope: scope, query: query, access: access, display: display)
        }
        countText = page.map { text("matching_count", ["count": String($0.total)]) }
        emptyText =
            scope.home == nil
            ? text("matching_empty_home") : page?.total == 0 ? text("matching_empty_filtered") : nil
        thinHref = scope.home.map { MatchingRoute.thin.link([("home", $0.code)]) }
        pagination = page.flatMap { page in
            Pagination(page: page.page, count: page.pageCount, catalog: catalog, language: language) {
                var target = query
                target.page = $0
                return link(target)
            }
        }
    }

    private static func row(
        _ s: Suggestion, rank: Int, scope: MatchingScope, query: SuggestionQuery, access: Access, display: Display
    ) -> Row {
        let zh = display.language == .zh
        let primary = zh && !s.city.nameZh.isEmpty ? s.city.nameZh : s.city.name
        let other = primary == s.city.name ? s.city.nameZh : s.city.name
        return Row(
            rank: rank, geonameId: s.city.id, name: primary, otherName: other, country: display.country(s.city.country),
            population: grouped(s.city.population),
            factors: s.factors.map {
                Factor(key: $0.factor.rawValue, points: $0.points, reason: display.text($0.reason))
            },
            total: s.total,
            prospectHref: access.prospects
                ? scope.home.map { ProspectLink.newProspect(city: s.city, home: $0, themes: query.themes) } : nil,
            themesHref: access.themes ? MatchingRoute.cityThemes(geonameId: s.city.id).link() : nil)
    }

    /// `1234567` → `1,234,567`.
    static func grouped(_ number: Int) -> String {
        let digits = Array(String(number))
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
