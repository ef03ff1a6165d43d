import Foundation

extension ExchangeQuery {
    /// Reads query parameters (`from`, `to`, `kind` repeatable, `partner`, `country` repeatable, `unit`, `domain`,
    /// `rank`, `sort`, `page`, `per`); an unreadable value is refused with the parameter's name. `domains` are the
    /// codes `domain` may name (retired ones too).
    public init(parameters: [(String, String)], reference: ReferenceData, domains: [ExchangeDomain])
        throws(FieldError)
    {
        self.init()
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { continue }
            try apply(name: name, value: value, reference: reference, domains: domains)
        }
        if let from, let to, to < from {
            throw FieldError(
                code: "invalid_parameter", field: "to",
                message: Bilingual(
                    zh: "参数 to「\(to)」早于 from「\(from)」", en: "parameter to: \"\(to)\" is before from \"\(from)\""))
        }
    }

    private mutating func apply(name: String, value: String, reference: ReferenceData, domains: [ExchangeDomain])
        throws(FieldError)
    {
        let parameter = QueryParameter(name: name, value: value)
        func invalid(_ zh: String, _ en: String) -> FieldError { parameter.invalid(zh, en) }
        func id() throws(FieldError) -> Int64 {
            guard let n = Int64(value), n >= 1 else { throw invalid("应为正整数编号", "must be a whole-number id") }
            return n
        }
        switch name {
        case "from", "to":
            guard let day = Day(parsing: value) else {
                throw invalid("不是有效的完整日期（年、月、日）", "is not a valid full date (year, month and day)")
            }
            if name == "from" { from = day } else { to = day }
        case "kind":
            guard let kind = ExchangeKind(rawValue: value) ?? ExchangeKind(parsing: value) else {
                let codes = ExchangeKind.allCases.map(\.rawValue).joined(separator: ", ")
                throw invalid("不是交流类型（\(codes)）", "is not a kind (\(codes))")
            }
            if !kinds.contains(kind) { kinds.append(kind) }
        case "partner": partnerId = try id()
        case "unit": unitId = try id()
        case "country":
            guard let country = reference.countries.lookup(value) else {
                throw invalid("不是已知的国家", "is not a known country")
            }
            if !countries.contains(country.alpha2) { countries.append(country.alpha2) }
        case "domain":
            guard let found = domains.domain(named: value) else {
                let codes = domains.map(\.code).joined(separator: ", ")
                throw invalid("不是已知领域（\(codes)）", "is not a known domain (\(codes))")
            }
            domain = found.code
        case "rank":
            guard let rank = LeaderRank(rawValue: value) ?? LeaderRank(parsing: value) else {
                let codes = LeaderRank.allCases.map(\.rawValue).joined(separator: ", ")
                throw invalid("不是带队级别（\(codes)）", "is not a rank (\(codes))")
            }
            self.rank = rank
        case "sort": (sort, descending) = try parameter.sort(SortColumn.self)
        case "page": page = try parameter.page()
        case "per": per = try parameter.per(max: Self.maxPer)
        default:
            break  // Other parameters (lang, saved …) belong to the page, not the query.
        }
    }

    /// The query as parameters again, for links and export URLs; `page` left out when `includePage` is false.
    public func parameters(includePage: Bool = true) -> [(String, String)] {
        var out: [(String, String)] = []
        if let from { out.append(("from", from.description)) }
        if let to { out.append(("to", to.description)) }
        for kind in kinds { out.append(("kind", kind.rawValue)) }
        if let partnerId { out.append(("partner", String(partnerId))) }
        for country in countries { out.append(("country", country)) }
        if let unitId { out.append(("unit", String(unitId))) }
        if let domain { out.append(("domain", domain)) }
        if let rank { out.append(("rank", rank.rawValue)) }
        if !isDefaultSort { out.append(("sort", sortParameter)) }
        if includePage && page != 1 { out.append(("page", String(page))) }
        if per != Self.defaultPer { out.append(("per", String(per))) }
        return out
    }
}
