/// Which meetings a list shows: of a kind, of a year, a page of them, newest first.
public struct MeetingQuery: Sendable, Hashable {
    /// Only meetings of this kind.
    public var kind: MeetingKind?
    /// Only meetings held in this year.
    public var year: Int?
    /// The page, from 1.
    public var page: Int
    /// Meetings a page.
    public var per: Int

    /// Meetings a page unless asked otherwise.
    public static let defaultPer = 20
    /// The most meetings a page.
    public static let maxPer = 200

    /// Creates a query.
    public init(kind: MeetingKind? = nil, year: Int? = nil, page: Int = 1, per: Int = MeetingQuery.defaultPer) {
        self.kind = kind
        self.year = year
        self.page = max(1, page)
        self.per = min(max(1, per), Self.maxPer)
    }

    /// Reads query parameters `kind` (a code or either label), `year` (1900–2100), `page` and `per`; empty values
    /// are ignored, other parameters left to the page, and an unreadable value is refused with its name.
    public init(parameters: [(String, String)]) throws(FieldError) {
        self.init()
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { continue }
            let parameter = QueryParameter(name: name, value: value)
            switch name {
            case "kind":
                guard let parsed = MeetingKind(rawValue: value) ?? MeetingKind(parsing: value) else {
                    let known = MeetingKind.allCases.map(\.rawValue).joined(separator: ", ")
                    throw parameter.invalid("不是会议类型（\(known)）", "is not a meeting kind (\(known))")
                }
                kind = parsed
            case "year":
                guard let number = Int(value), (1900...2100).contains(number) else {
                    throw parameter.invalid("应为 1900–2100 的年份", "must be a year from 1900 to 2100")
                }
                year = number
            case "page": page = try parameter.page()
            case "per": per = try parameter.per(max: Self.maxPer)
            default: break
            }
        }
    }

    /// The query as parameters again, for links; `page` left out when `includePage` is false.
    public func parameters(includePage: Bool = true) -> [(String, String)] {
        var out: [(String, String)] = []
        if let kind { out.append(("kind", kind.rawValue)) }
        if let year { out.append(("year", String(year))) }
        if includePage && page != 1 { out.append(("page", String(page))) }
        if per != Self.defaultPer { out.append(("per", String(per))) }
        return out
    }
}

/// One page of meetings, newest first.
public typealias MeetingPage = ListPage<JointMeetingSummary>
