extension MatchingContext {
    /// The suggestions for `query`: every foreign gazetteer city of the query's country and group that is not a
    /// partner of the home nor excluded, scored, ordered (ties by population, name, id) and cut to the page.
    public func suggestions(_ query: SuggestionQuery, gazetteer: CityGazetteer, catalog: CountryCatalog)
        -> ListPage<Suggestion>
    {
        let groupMembers = query.group.flatMap { catalog.group($0)?.members }
        let themes = query.themes.map { (text: $0, key: NameKey.fold($0)) }
        var populationScores: [Int: FactorScore] = [:]
        var scored: [Suggestion] = []
        scored.reserveCapacity(gazetteer.byId.count)
        for city in gazetteer.byId.values {
            guard !CountryCatalog.domestic.contains(city.country), !excluded.contains(city.id) else { continue }
            if let country = query.country, city.country != country { continue }
            if let groupMembers, !groupMembers.contains(city.country) { continue }
            // The population factor depends on the city's band only: worked out once per band.
            let band = PopulationBand.band(city.population) ?? -1
            let population: FactorScore
            if let known = populationScores[band] {
                population = known
            } else {
                population = PopulationBand.score(home: settings.population, city: city.population)
                populationScores[band] = population
            }
            scored.append(
                Suggestion(
                    city: city,
                    factors: [
                        newCountryScore(city.country), regionScores[city.country] ?? Self.noRegion, population,
                        openToChinaScore(city.id), themesScore(city.id, themes: themes),
                    ]))
        }
        let ordered = scored.sorted { Self.precedes($0, $1, query.sort, descending: query.descending) }
        let start = min((query.page - 1) * query.per, ordered.count)
        let end = min(start + query.per, ordered.count)
        return ListPage(items: Array(ordered[start..<end]), total: ordered.count, page: query.page, per: query.per)
    }

    /// The new-country factor for a city of `country`.
    func newCountryScore(_ country: String) -> FactorScore {
        homeCountries.contains(country)
            ? FactorScore(
                .newCountry, points: 0,
                reason: Bilingual(zh: "本地已有该国友城", en: "the home already has a partner in this country"))
            : FactorScore(
                .newCountry, points: MatchPoints.newCountry,
                reason: Bilingual(zh: "本地尚无该国友城", en: "the home has no partner in this country yet"))
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
            .openToChina, points: min(MatchPoints.openToChinaCap, homes * MatchPoints.perOtherHome),
            reason: Bilingual(
                zh: "已与国内其他 \(homes) 个地方结好", en: "twinned with \(homes) other Chinese localities"))
    }

    /// The themes factor for city `id`: each asked theme that is one of its known themes or appears in its
    /// partnerships' notes.
    func themesScore(_ id: Int64, themes: [(text: String, key: String)]) -> FactorScore {
        guard !themes.isEmpty else {
            return FactorScore(.themes, points: 0, reason: Bilingual(zh: "未指定主题", en: "no themes asked for"))
        }
        let known = knownThemes[id] ?? []
        let texts = notes[id] ?? []
        let matched = themes.filter { theme in
            !theme.key.isEmpty && (known.contains(theme.key) || texts.contains { $0.contains(theme.key) })
        }
        guard !matched.isEmpty else {
            return FactorScore(.themes, points: 0, reason: Bilingual(zh: "主题不匹配", en: "no matching theme"))
        }
        let list = matched.map(\.text)
        return FactorScore(
            .themes, points: min(MatchPoints.themesCap, matched.count * MatchPoints.perTheme),
            reason: Bilingual(
                zh: "匹配主题：\(list.joined(separator: "、"))", en: "matching themes: \(list.joined(separator: ", "))"))
    }

    /// The thin-region factor of a country no target region includes.
    static let noRegion = FactorScore(
        .thinRegion, points: 0, reason: Bilingual(zh: "所在地区未设目标占比", en: "no target share for its region"))

    /// Whether `a` comes before `b`: by `sort` (descending when asked), then population (larger first), then name,
    /// then GeoNames id.
    static func precedes(_ a: Suggestion, _ b: Suggestion, _ sort: SuggestionSort, descending: Bool) -> Bool {
        switch sort {
        case .score where a.total != b.total: return descending ? a.total > b.total : a.total < b.total
        case .population where a.city.population != b.city.population:
            return descending ? a.city.population > b.city.population : a.city.population < b.city.population
        case .name where a.city.name != b.city.name:
            return descending ? a.city.name > b.city.name : a.city.name < b.city.name
        default: break
        }
        if a.city.population != b.city.population { return a.city.population > b.city.population }
        if a.city.name != b.city.name { return a.city.name < b.city.name }
        return a.city.id < b.city.id
    }
}
