import Foundation

extension PartnershipQuery {
    /// Reads query parameters (`q`, `country` repeatable, `continent`, `group`, `kind`, `level`, `home`, `status`,
    /// `from`, `to`, `sort`, `page`, `per`); an unreadable value is refused with the parameter's name.
    public init(parameters: [(String, String)], reference: ReferenceData) throws(FieldError) {
        self.init()
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { continue }
            try apply(name: name, value: value, reference: reference)
        }
    }

    private mutating func apply(name: String, value: String, reference: ReferenceData) throws(FieldError) {
        let parameter = QueryParameter(name: name, value: value)
        func invalid(_ zh: String, _ en: String) -> FieldError { parameter.invalid(zh, en) }
        switch name {
        case "q":
            guard value.count <= Self.maxTextLength else {
                throw FieldError(
                    code: "invalid_parameter", field: name,
                    message: Bilingual(
                        zh: "参数 q 过长（最多 \(Self.maxTextLength) 个字符）",
                        en: "parameter q is too long (at most \(Self.maxTextLength) characters)"))
            }
            text = value
        case "country":
            guard let country = reference.countries.lookup(value) else {
                throw invalid("不是已知的国家", "is not a known country")
            }
            if !countries.contains(country.alpha2) { countries.append(country.alpha2) }
        case "continent":
            guard let c = Continent(rawValue: value.lowercased()) else {
                throw invalid(
                    "不是大洲（asia, europe, africa, americas, oceania）",
                    "is not a continent (asia, europe, africa, americas, oceania)")
            }
            continent = c
        case "group":
            guard let g = reference.countries.group(value) else {
                throw invalid("不是已知的国家组", "is not a known country group")
            }
            group = g.code
        case "kind":
            guard let k = PartnershipKind(rawValue: value) ?? PartnershipKind(parsing: value) else {
                throw invalid("不是类型（sisterCity, friendshipCity）", "is not a kind (sisterCity, friendshipCity)")
            }
            kind = k
        case "level":
            guard let l = LocalityLevel(rawValue: value.lowercased()) else {
                throw invalid("不是级别（province, city, district）", "is not a level (province, city, district)")
            }
            level = l
        case "home":
            home = try reference.localities.homeParameter(value)
        case "status":
            guard let s = PartnershipStatus(rawValue: value.lowercased()) ?? PartnershipStatus(parsing: value) else {
                throw invalid("不是状态（active, suspended, ended）", "is not a status (active, suspended, ended)")
            }
            if !statuses.contains(s) { statuses.append(s) }
        case "from", "to":
            guard let date = PartialDate(parsing: value) else {
                throw invalid("不是有效日期或年份", "is not a valid year or date")
            }
            if name == "from" { from = date } else { to = date }
        case "sort": (sort, descending) = try parameter.sort(SortColumn.self)
        case "page": page = try parameter.page()
        case "per": per = try parameter.per(max: Self.maxPer)
        default:
            break  // Other parameters (lang, format …) belong to the page, not the query.
        }
    }

    /// The query as parameters again, for links and export URLs; `page` left out when `includePage` is false.
    public func parameters(includePage: Bool = true) -> [(String, String)] {
        var out: [(String, String)] = []
        if let text { out.append(("q", text)) }
        for c in countries { out.append(("country", c)) }
        if let continent { out.append(("continent", continent.rawValue)) }
        if let group { out.append(("group", group)) }
        if let kind { out.append(("kind", kind.rawValue)) }
        if let level { out.append(("level", level.rawValue)) }
        if let home { out.append(("home", home.code)) }
        for status in statuses { out.append(("status", status.rawValue)) }
        if let from { out.append(("from", from.description)) }
        if let to { out.append(("to", to.description)) }
        if sort != .home || descending { out.append(("sort", sortParameter)) }
        if includePage && page != 1 { out.append(("page", String(page))) }
        if per != 50 { out.append(("per", String(per))) }
        return out
    }

    /// The countries the continent and group filters allow together, or nil when neither is set.
    public func allowedCountries(_ catalog: CountryCatalog) -> Set<String>? {
        var allowed: Set<String>?
        if let continent { allowed = Set(catalog.countries(on: continent)) }
        if let group, let members = catalog.group(group)?.members {
            allowed = allowed.map { $0.intersection(members) } ?? members
        }
        if !countries.isEmpty {
            allowed = allowed.map { $0.intersection(countries) } ?? Set(countries)
        }
        return allowed
    }
}
