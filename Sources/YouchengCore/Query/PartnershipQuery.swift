/// The filters, sort order and page of a partnership list; the same for the page, its export and the API.
public struct PartnershipQuery: Sendable, Equatable {
    /// The columns a list can be sorted by.
    public enum SortColumn: String, Sendable, CaseIterable {
        /// Creation order.
        case id
        /// Home locality code (province, then city, then district).
        case home
        /// Partner name in English.
        case partner
        /// Partner name in Chinese.
        case partnerZh = "partner_zh"
        /// Country code.
        case country
        /// Kind.
        case kind
        /// Home level.
        case level
        /// Established date (undated last).
        case established
        /// Status.
        case status
    }

    /// Free text: Chinese substring, English name, or a country name.
    public var text: String?
    /// Countries (alpha-2), any of them.
    public var countries: [String] = []
    /// A continent.
    public var continent: Continent?
    /// A country group code.
    public var group: String?
    /// A kind.
    public var kind: PartnershipKind?
    /// A home level.
    public var level: LocalityLevel?
    /// A home locality; localities under it are included.
    public var home: Locality?
    /// Statuses, any of them (`status` is repeatable: `status=active&status=suspended` is "not ended").
    public var statuses: [PartnershipStatus] = []
    /// Established on or after the start of this period.
    public var from: PartialDate?
    /// Established on or before the end of this period.
    public var to: PartialDate?
    /// Sort column.
    public var sort: SortColumn = .home
    /// Sort descending.
    public var descending = false
    /// Page number from 1.
    public var page = 1
    /// Page size, 1–200.
    public var per = 50

    /// The largest page size.
    public static let maxPer = 200
    /// The longest search text accepted.
    public static let maxTextLength = 200

    /// An unfiltered first page.
    public init() {}

    /// The `sort` parameter as written back into links (`-established`).
    public var sortParameter: String { (descending ? "-" : "") + sort.rawValue }

    /// Whether any filter is set.
    public var isFiltered: Bool {
        text != nil || !countries.isEmpty || continent != nil || group != nil || kind != nil || level != nil
            || home != nil || !statuses.isEmpty || from != nil || to != nil
    }
}
