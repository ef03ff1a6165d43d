/// What suggestions to list: the themes asked for (they score, they do not filter), an optional country and group
/// (both filter, and combine), the order and the page. The home is read by the caller.
public struct SuggestionQuery: Sendable, Hashable {
    /// The themes asked for, as written, without repeats.
    public var themes: [String]
    /// Only cities of this country (alpha-2).
    public var country: String?
    /// Only cities of countries in this group (its code).
    public var group: String?
    /// The order.
    public var sort: SuggestionSort
    /// Descending (the default for the score).
    public var descending: Bool
    /// The page, from 1.
    public var page: Int
    /// Suggestions a page.
    public var per: Int

    /// Suggestions a page unless asked otherwise.
    public static let defaultPer = 50
    /// The most suggestions a page.
    public static let maxPer = 500

    /// Creates a query.
    public init(
        themes: [String] = [], country: String? = nil, group: String? = nil, sort: SuggestionSort = .score,
        descending: Bool = true, page: Int = 1, per: Int = SuggestionQuery.defaultPer
    ) {
        self.themes = themes
        self.country = country
        self.group = group
        self.sort = sort
        self.descending = descending
        self.page = max(1, page)
        self.per = min(max(1, per), Self.maxPer)
    }

    /// Splits a themes text on commas (also `，`, `、`, `;`) into trimmed themes without repeats.
    public static func themes(from text: String) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        for part in text.split(whereSeparator: { ",，、;；\n".contains($0) }) {
            let theme = part.trimmingCharacters(in: .whitespaces)
            if !theme.isEmpty, seen.insert(NameKey.fold(theme)).inserted { out.append(theme) }
        }
        return out
    }

    /// Reads `themes`, `country` (code or name), `group` (a group code), `sort` (`score`, `population`, `name`, with
    /// `-` for descending), `page` and `per`; empty values are ignored, others (`home`) left to the caller, and an
    /// unreadable value is refused naming its parameter.
    public init(parameters: [(String, String)], catalog: CountryCatalog) throws(FieldError) {
        self.init()
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { continue }
            let parameter = QueryParameter(name: name, value: value)
            switch name {
            case "themes": themes = Self.themes(from: value)
            case "country":
                guard let found = catalog.lookup(value), !CountryCatalog.domestic.contains(found.alpha2) else {
                    throw parameter.invalid("不是已知的外国国家", "is not a known foreign country")
                }
                country = found.alpha2
            case "group":
                guard let found = catalog.groups.first(where: { $0.code.uppercased() == value.uppercased() }) else {
                    let known = catalog.groups.map(\.code).joined(separator: ", ")
                    throw parameter.invalid("不是国家组（\(known)）", "is not a country group (\(known))")
                }
                group = found.code
            case "sort": (sort, descending) = try parameter.sort(SuggestionSort.self)
            case "page": page = try parameter.page()
            case "per": per = try parameter.per(max: Self.maxPer)
            default: break
            }
        }
    }

    /// The query as parameters again, for links (without `home`); `page` left out when `includePage` is false.
    public func parameters(includePage: Bool = true) -> [(String, String)] {
        var out: [(String, String)] = []
        if !themes.isEmpty { out.append(("themes", themes.joined(separator: ","))) }
        if let country { out.append(("country", country)) }
        if let group { out.append(("group", group)) }
        if sort != .score || !descending { out.append(("sort", (descending ? "-" : "") + sort.rawValue)) }
        if includePage && page != 1 { out.append(("page", String(page))) }
        if per != Self.defaultPer { out.append(("per", String(per))) }
        return out
    }
}
