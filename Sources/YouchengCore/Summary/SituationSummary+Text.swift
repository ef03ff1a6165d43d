/// How the summary reads as the opening paragraph of a report.
extension SituationSummary {
    /// The paragraph in `language`, using the catalog for country names and the deployment's friendship label.
    public func paragraph(_ language: Language, catalog: CountryCatalog, friendshipLabel: String = "友好交流城市") -> String {
        language == .zh ? chinese(catalog, friendshipLabel) : english(catalog)
    }

    private var asOfParts: (year: Int, month: Int) {
        let parts = asOf.split(separator: "-").compactMap { Int($0) }
        return (parts.first ?? 0, parts.count > 1 ? parts[1] : 1)
    }

    private var beltAndRoad: Spread? { groups.first { $0.code == "BRI-MOU" }?.spread }

    /// The top country and its share of its continent: (country, its count, continent, continent count).
    private func concentration(_ catalog: CountryCatalog) -> (Country, Int, Continent, Int)? {
        guard let top = topCountries.first, let country = catalog.country(top.country),
            let continent = country.continent,
            let total = byContinent[continent]?.partnerships, total > 0
        else { return nil }
        return (country, top.partnerships, continent, total)
    }

    private func chinese(_ catalog: CountryCatalog, _ friendshipLabel: String) -> String {
        let (year, month) = asOfParts
        let who = home.map { "\($0.fullName)" } ?? ""
        guard partnerships > 0 else { return "截至\(year)年\(month)月，\(who)尚未登记国际友城。" }
        var s = "截至\(year)年\(month)月，\(who)共缔结国际友城\(partnerships)个，分布在\(countries)个国家，"
        s += "其中友好城市\(byKind[.sisterCity] ?? 0)个、\(friendshipLabel)\(byKind[.friendshipCity] ?? 0)个"
        let levels = [LocalityLevel.province, .city, .district].compactMap { level -> String? in
            guard let n = byLevel[level], n > 0 else { return nil }
            return "\(level.label.zh)\(n)个"
        }
        s += "；" + levels.joined(separator: "、") + "。"
        let continents = Continent.allCases.compactMap { c -> String? in
            guard let spread = byContinent[c], spread.partnerships > 0 else { return nil }
            return "\(c.label.zh)\(spread.partnerships)个（\(spread.countries)国）"
        }
        s += "按大洲分，" + continents.joined(separator: "、") + "。"
        if let bri = beltAndRoad, bri.partnerships > 0 {
            s += "与共建“一带一路”国家缔结友城\(bri.partnerships)个（\(bri.countries)国）。"
        }
        if let (country, n, continent, total) = concentration(catalog) {
            s += "其中\(country.nameZh)最多，占\(continent.label.zh)友城\(total)个中的\(n)个。"
        }
        return s
    }

    private func english(_ catalog: CountryCatalog) -> String {
        let (year, month) = asOfParts
        let monthName = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ][max(0, min(11, month - 1))]
        let who = home.map { "\($0.nameEn.isEmpty ? $0.fullName : $0.nameEn) has" } ?? "the registry holds"
        guard partnerships > 0 else { return "As of \(monthName) \(year), \(who) no international partnerships yet." }
        var s =
            "As of \(monthName) \(year), \(who) \(partnerships) international \(plural(partnerships, "partnership")) "
        s += "in \(countries) \(plural(countries, "country", "countries")): "
        s += "\(byKind[.sisterCity] ?? 0) sister \(plural(byKind[.sisterCity] ?? 0, "city", "cities")) and "
        s += "\(byKind[.friendshipCity] ?? 0) friendship \(plural(byKind[.friendshipCity] ?? 0, "city", "cities"))"
        let levels = [LocalityLevel.province, .city, .district].compactMap { level -> String? in
            guard let n = byLevel[level], n > 0 else { return nil }
            return "\(n) \(level == .province ? "province" : level == .city ? "city" : "district")-level"
        }
        s += "; " + levels.joined(separator: ", ") + ". "
        let continents = Continent.allCases.compactMap { c -> String? in
            guard let spread = byContinent[c], spread.partnerships > 0 else { return nil }
            return
                "\(c.label.en) \(spread.partnerships) (\(spread.countries) \(plural(spread.countries, "country", "countries")))"
        }
        s += "By continent: " + continents.joined(separator: ", ") + "."
        if let bri = beltAndRoad, bri.partnerships > 0 {
            s += " Belt and Road partner countries: \(bri.partnerships) \(plural(bri.partnerships, "partnership")) "
            s += "in \(bri.countries) \(plural(bri.countries, "country", "countries"))."
        }
        if let (country, n, continent, total) = concentration(catalog) {
            s += " \(country.nameEn) has the most: \(n) of the \(total) in \(continent.label.en)."
        }
        return s
    }

    private func plural(_ n: Int, _ one: String, _ many: String? = nil) -> String {
        n == 1 ? one : (many ?? one + "s")
    }
}
