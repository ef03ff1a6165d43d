/// Which notices a list shows: addressed to a unit, open or closed, a page of them, newest first.
public struct NoticeQuery: Sendable, Hashable {
    /// Only notices addressed to this unit.
    public var unitId: Int64?
    /// Only open notices (no deadline, or a deadline not passed) when true; only closed ones when false.
    public var open: Bool?
    /// The page, from 1.
    public var page: Int
    /// Notices a page.
    public var per: Int

    /// Notices a page unless asked otherwise.
    public static let defaultPer = 20
    /// The most notices a page.
    public static let maxPer = 200

    /// Creates a query.
    public init(unitId: Int64? = nil, open: Bool? = nil, page: Int = 1, per: Int = NoticeQuery.defaultPer) {
        self.unitId = unitId
        self.open = open
        self.page = max(1, page)
        self.per = min(max(1, per), Self.maxPer)
    }

    /// Reads query parameters `unit` (an id), `open` (`1`/`true` or `0`/`false`), `page` and `per`; empty values
    /// are ignored, other parameters left to the page, and an unreadable value is refused with its name.
    public init(parameters: [(String, String)]) throws(FieldError) {
        self.init()
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { continue }
            let parameter = QueryParameter(name: name, value: value)
            switch name {
            case "unit":
                guard let id = Int64(value), id >= 1 else {
                    throw parameter.invalid("应为正整数编号", "must be a whole-number id")
                }
                unitId = id
            case "open":
                switch value.lowercased() {
                case "1", "true": open = true
                case "0", "false": open = false
                default: throw parameter.invalid("应为 1（未截止）或 0（已截止）", "must be 1 (open) or 0 (closed)")
                }
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
        if let open { out.append(("open", open ? "1" : "0")) }
        if includePage && page != 1 { out.append(("page", String(page))) }
        if per != Self.defaultPer { out.append(("per", String(per))) }
        return out
    }
}

/// One page of notices with their answers, newest first.
public typealias NoticePage = ListPage<NoticeDetail>
