extension MatchingContext {
    /// The suggestions for `query`: every foreign gazetteer city of the query's country and group that is not a
    /// partner of the home nor excluded, scored, ordered (ties by population, name, id) and cut to the page. Each
    /// city's points are summed first; the reasons are written only for the cities on the page.
    public func suggestions(_ query: SuggestionQuery, gazetteer: CityGazetteer, catalog: CountryCatalog)
        -> ListPage<Suggestion>
    {
        let groupMembers = query.group.flatMap { catalog.group($0)?.members }
        let themes = query.themes.map { (text: $0, key: NameKey.fold($0)) }
        let homeBand = settings.population.flatMap(PopulationBand.band)
        var ranked: [Ranked] = []
        ranked.reserveCapacity(gazetteer.byId.count)
        for city in gazetteer.byId.values {
            guard !CountryCatalog.domestic.contains(city.country), !excluded.contains(city.id) else { continue }
            if let country = query.country, city.country != country { continue }
            if let groupMembers, !groupMembers.contains(city.country) { continue }
            let total =
                newCountryPoints(city.country) + (regionScores[city.country]?.points ?? 0)
                + PopulationBand.points(homeBand: homeBand, city: city.population) + openToChinaPoints(city.id)
                + themeMatches(city.id, themes: themes).count * MatchPoints.perTheme
            ranked.append(Ranked(total: total, population: city.population, name: city.name, id: city.id))
        }
        ranked.sort { Self.precedes($0, $1, query.sort, descending: query.descending) }
        let start = min((query.page - 1) * query.per, ranked.count)
        let end = min(start + query.per, ranked.count)
        let items = ranked[start..<end].compactMap { gazetteer.byId[$0.id] }.map { suggestion($0, themes: themes) }
        return ListPage(items: items, total: ranked.count, page: query.page, per: query.per)
    }

    /// A city as the ranking compares it.
    struct Ranked {
        let total: Int
        let population: Int
        let name: String
        let id: Int64
    }

    /// `city` with every factor's points and reason.
    func suggestion(_ city: CityGazetteer.City, themes: [(text: String, key: String)]) -> Suggestion {
        Suggestion(
            city: city,
            factors: [
                newCountryScore(city.country), regionScores[city.country] ?? Self.noRegion,
                PopulationBand.score(home: settings.population, city: city.population), openToChinaScore(city.id),
                themesScore(city.id, themes: themes),
            ])
    }

    /// The new-country points for a city of `country`.
    func newCountryPoints(_ country: String) -> Int { homeCountries.contains(country) ? 0 : MatchPoints.newCountry }

    /// The new-country factor for a city of `country`.
    func newCountryScore(_ country: String) -> FactorScore {
        let points = newCountryPoints(country)
        return FactorScore(
            .newCountry, points: points,
            reason: points == 0
                ? Bilingual(zh: "本地已有该国友城", en: "the home already has a partner in this country")
                : Bilingual(zh: "本地尚无该国友城", en: "the home has no partner in this country yet"))
    }

    /// The open-to-China points for city `id`.
    func openToChinaPoints(_ id: Int64) -> Int {
        min(MatchPoints.openToChinaCap, (otherHomes[id]?.count ?? 0) * MatchPoints.perOtherHome)
    }

    /// The open-to-China factor for city `id`.
    func openToChinaScore(_ id: Int64) -> FactorScore {
        let homes = otherHomes[id]?.count ?? 0
        guard homes > 0 else {
            return FactorScore(
                .openToChina, points: 0,
                reason: Bilingual(zh: "登记中无国内其他地方与之结好", en: "no other Chinese locality in the registry"))
        }
        return FactorScore(
            .openToChina, points: openToChinaPoints(id),
            reason: Bilingual(
                zh: "已与国内其他 \(homes) 个地方结好", en: "twinned with \(homes) other Chinese localities"))
    }

    /// The asked themes city `id` is known for: one of its known themes, or a part of its partnerships' notes; at
    /// most as many as the themes factor counts.
    func themeMatches(_ id: Int64, themes: [(text: String, key: String)]) -> [String] {
        guard !themes.isEmpty, knownThemes[id] != nil || notes[id] != nil else { return [] }
        let known = knownThemes[id] ?? []
        let texts = notes[id] ?? []
        let matched = themes.filter { theme in
            !theme.key.isEmpty && (known.contains(theme.key) || texts.contains { $0.contains(theme.key) })
        }
        return Array(matched.map(\.text).prefix(MatchPoints.themesCap / MatchPoints.perTheme))
    }

    /// The themes factor for city `id`.
    func themesScore(_ id: Int64, themes: [(text: String, key: String)]) -> FactorScore {
        guard !themes.isEmpty else {
            return FactorScore(.themes, points: 0, reason: Bilingual(zh: "未指定主题", en: "no themes asked for"))
        }
        let matched = themeMatches(id, themes: themes)
        guard !matched.isEmpty else {
            return FactorScore(.themes, points: 0, reason: Bilingual(zh: "主题不匹配", en: "no matching theme"))
        }
        return FactorScore(
            .themes, points: matched.count * MatchPoints.perTheme,
            reason: Bilingual(
                zh: "匹配主题：\(matched.joined(separator: "、"))", en: "matching themes: \(matched.joined(separator: ", "))")
        )
    }

    /// The thin-region factor of a country no target region includes.
    static let noRegion = FactorScore(
        .thinRegion, points: 0, reason: Bilingual(zh: "所在地区未设目标占比", en: "no target share for its region"))

    /// Whether `a` comes before `b`: by `sort` (descending when asked), then population (larger first), then name,
    /// then GeoNames id.
    static func precedes(_ a: Ranked, _ b: Ranked, _ sort: SuggestionSort, descending: Bool) -> Bool {
        switch sort {
        case .score where a.total != b.total: return descending ? a.total > b.total : a.total < b.total
        case .population where a.population != b.population:
            return descending ? a.population > b.population : a.population < b.population
        case .name where a.name != b.name: return descending ? a.name > b.name : a.name < b.name
        default: break
        }
        if a.population != b.population { return a.population > b.population }
        if a.name != b.name { return a.name < b.name }
        return a.id < b.id
    }
}
