import Foundation

/// Which prospects a list shows: filters that combine (home with the localities under it, unit, stage, country),
/// a sort column and a page; the same for `/prospects` and `GET /api/v1/prospects`.
public struct ProspectQuery: Sendable, Hashable {
    /// The columns the list sorts by.
    public enum SortColumn: String, Sendable, CaseIterable {
        /// The name (English, else Chinese).
        case name
        /// The country code.
        case country
        /// The home locality's code.
        case home
        /// The stage, in pipeline order (shelved and dropped last).
        case stage
        /// The day of the current stage.
        case date
        /// Entry order.
        case id
    }

    /// A home; prospects of localities under it too.
    public var home: Locality?
    /// The sponsoring unit.
    public var unitId: Int64?
    /// The current stage.
    public var stage: ProspectStage?
    /// The country (alpha-2).
    public var country: String?
    /// The year of the current stage's day (the board's signed and dropped columns count that year's only).
    public var year: Int?
    /// The sort column.
    public var sort: SortColumn = .stage
    /// Sort descending.
    public var descending = false
    /// The page, from 1.
    public var page = 1
    /// Prospects a page.
    public var per = ProspectQuery.defaultPer

    /// Prospects a page unless asked otherwise.
    public static let defaultPer = 50
    /// The most prospects a page.
    public static let maxPer = 200

    /// The first page, unfiltered, by stage.
    public init() {}

    /// Reads `home` (a code or a name), `unit` (an id), `stage` (a code or either label), `country` (alpha-2),
    /// `year` (of the current stage's day), `sort` (a column, `-` before it for descending), `page` and `per`; empty
    /// values are ignored, other parameters left to the page, and an unreadable value is refused with its name.
    public init(parameters: [(String, String)], localities: LocalityDirectory) throws(FieldError) {
        for (name, rawValue) in parameters {
            let value = rawValue.trimmingCharacters(in: .whitespacesAndNewlines)
            if value.isEmpty { continue }
            let parameter = QueryParameter(name: name, value: value)
            switch name {
            case "home": home = try localities.homeParameter(value)
            case "unit":
                guard let id = Int64(value), id > 0 else { throw parameter.invalid("应为单位编号", "must be a unit id") }
                unitId = id
            case "stage":
                guard let parsed = ProspectStage(rawValue: value) ?? ProspectStage(parsing: value) else {
                    let known = ProspectStage.codes.joined(separator: ", ")
                    throw parameter.invalid("不是结好阶段（\(known)）", "is not a prospect stage (\(known))")
                }
                stage = parsed
            case "country":
                guard value.count == 2, value.allSatisfy({ $0.isASCII && $0.isLetter }) else {
                    throw parameter.invalid("应为两位国家代码", "must be a two-letter country code")
                }
                country = value.uppercased()
            case "year":
                guard let number = Int(value), (1900...2999).contains(number) else {
                    throw parameter.invalid("应为四位年份", "must be a four-digit year")
                }
                year = number
            case "sort": (sort, descending) = try parameter.sort(SortColumn.self)
            case "page": page = try parameter.page()
            case "per": per = try parameter.per(max: Self.maxPer)
            default: break
            }
        }
    }

    /// Whether any filter is set.
    public var isFiltered: Bool { home != nil || unitId != nil || stage != nil || country != nil || year != nil }

    /// The `sort` parameter as links write it (`-date`).
    public var sortParameter: String { (descending ? "-" : "") + sort.rawValue }

    /// The query as parameters again, for links; `page` left out when `includePage` is false.
    public func parameters(includePage: Bool = true) -> [(String, String)] {
        var out: [(String, String)] = []
        if let home { out.append(("home", home.code)) }
        if let unitId { out.append(("unit", String(unitId))) }
        if let stage { out.append(("stage", stage.rawValue)) }
        if let country { out.append(("country", country)) }
        if let year { out.append(("year", String(year))) }
        if sort != .stage || descending { out.append(("sort", sortParameter)) }
        if includePage && page != 1 { out.append(("page", String(page))) }
        if per != Self.defaultPer { out.append(("per", String(per))) }
        return out
    }
}

/// One page of prospects.
public typealias ProspectPage = ListPage<Prospect>
