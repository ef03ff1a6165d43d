extension ProjectQuery {
    /// Reads query parameters `unit`, `partner` (ids), `kind` (or `domain`; a code or either label), `stage`,
    /// `stalled` (`true`/`1`), `days` (1–3650), `asOf` (YYYY-MM-DD), `year`, `sort` (a column, `-` before it for
    /// descending), `page` and `per`. Empty values are ignored, unknown parameters left to the caller, and an
    /// unreadable value is refused naming the parameter.
    public init(parameters: [(String, String)]) throws(FieldError) {
        self.init()
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { continue }
            let parameter = QueryParameter(name: name, value: value)
            switch name {
            case "unit": unitId = try Self.id(parameter)
            case "partner": partnerId = try Self.id(parameter)
            case "kind", "domain":
                guard let parsed = ProjectKind(rawValue: value) ?? ProjectKind(parsing: value) else {
                    throw parameter.invalid(
                        "不是项目领域（\(ProjectKind.codes.joined(separator: ", "))）",
                        "is not a project domain (\(ProjectKind.codes.joined(separator: ", ")))")
                }
                kind = parsed
            case "stage":
                guard let parsed = ProjectStage(rawValue: value) ?? ProjectStage(parsing: value) else {
                    throw parameter.invalid(
                        "不是项目阶段（\(ProjectStage.codes.joined(separator: ", "))）",
                        "is not a project stage (\(ProjectStage.codes.joined(separator: ", ")))")
                }
                stage = parsed
            case "stalled":
                switch value.lowercased() {
                case "true", "1", "yes", "on": stalled = true
                case "false", "0", "no", "off": stalled = false
                default: throw parameter.invalid("应为 true 或 false", "must be true or false")
                }
            case "days":
                guard let number = Int(value), ProjectRules.stalledDaysRange.contains(number) else {
                    throw parameter.invalid("应为 1 到 3650 的天数", "must be a number of days from 1 to 3650")
                }
                days = number
            case "asOf":
                guard let day = Day(parsing: value) else {
                    throw parameter.invalid("不是有效日期（YYYY-MM-DD）", "is not a valid date (YYYY-MM-DD)")
                }
                asOf = day
            case "year":
                guard let number = Int(value), (1900...2100).contains(number) else {
                    throw parameter.invalid("应为 1900–2100 的年份", "must be a year from 1900 to 2100")
                }
                year = number
            case "sort": (sort, descending) = try parameter.sort(SortColumn.self)
            case "page": page = try parameter.page()
            case "per": per = try parameter.per(max: Self.maxPer)
            default: break
            }
        }
    }

    /// The query as parameters again, for links; `page` left out when `includePage` is false.
    public func parameters(includePage: Bool = true) -> [(String, String)] {
        var out: [(String, String)] = []
        if let unitId { out.append(("unit", String(unitId))) }
        if let partnerId { out.append(("partner", String(partnerId))) }
        if let kind { out.append(("kind", kind.rawValue)) }
        if let stage { out.append(("stage", stage.rawValue)) }
        if stalled { out.append(("stalled", "true")) }
        if let days { out.append(("days", String(days))) }
        if let asOf { out.append(("asOf", asOf.description)) }
        if let year { out.append(("year", String(year))) }
        if sort != .updated || !descending { out.append(("sort", sortParameter)) }
        if includePage && page != 1 { out.append(("page", String(page))) }
        if per != Self.defaultPer { out.append(("per", String(per))) }
        return out
    }

    private static func id(_ parameter: QueryParameter) throws(FieldError) -> Int64 {
        guard let id = Int64(parameter.value), id > 0 else {
            throw parameter.invalid("应为编号（正整数）", "must be an id (a positive whole number)")
        }
        return id
    }
}

/// One page of projects.
public typealias ProjectPage = ListPage<ProjectSummary>
