/// The filters, sort order and page of the exchanges list; the same for the page and its exports. Filters combine
/// (all must hold); within a repeatable filter (`kind`, `country`) any value matches.
public struct ExchangeQuery: Sendable, Equatable {
    /// The columns the list can be sorted by.
    public enum SortColumn: String, Sendable, CaseIterable {
        /// The first day (then id).
        case start
        /// The kind's code.
        case kind
        /// The title.
        case title
        /// The head count (unrecorded last).
        case people
    }

    /// Starting on or after this day.
    public var from: Day?
    /// Starting on or before this day.
    public var to: Day?
    /// Kinds, any of them.
    public var kinds: [ExchangeKind] = []
    /// A registered partner involved.
    public var partnerId: Int64?
    /// Countries (alpha-2), any of them.
    public var countries: [String] = []
    /// The organizing unit.
    public var unitId: Int64?
    /// A domain code.
    public var domain: String?
    /// The leading rank.
    public var rank: LeaderRank?
    /// Sort column.
    public var sort: SortColumn = .start
    /// Sort descending; the default is newest first.
    public var descending = true
    /// Page number from 1.
    public var page = 1
    /// Page size, 1–`maxPer`.
    public var per = 50

    /// The largest page size.
    public static let maxPer = 200
    /// The default page size.
    public static let defaultPer = 50

    /// An unfiltered first page, newest first.
    public init() {}

    /// The `sort` parameter as written back into links (`-start`).
    public var sortParameter: String { (descending ? "-" : "") + sort.rawValue }

    /// Whether the sort is the default one (newest first).
    public var isDefaultSort: Bool { sort == .start && descending }

    /// Whether any filter is set.
    public var isFiltered: Bool {
        from != nil || to != nil || !kinds.isEmpty || partnerId != nil || !countries.isEmpty || unitId != nil
            || domain != nil || rank != nil
    }
}

/// One page of exchanges and the total the query matches.
public typealias ExchangePage = ListPage<Exchange>
