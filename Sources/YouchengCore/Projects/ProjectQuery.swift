/// The filters, sort order and page of the project list; the same for the page, its exports, the API and the
/// command. Filters combine (all must hold).
public struct ProjectQuery: Sendable, Hashable {
    /// The columns the list can be sorted by.
    public enum SortColumn: String, Sendable, CaseIterable {
        /// The last update (then id).
        case updated
        /// The day the project was first recorded at a stage.
        case started
        /// The title.
        case title
        /// The stage, in track order (shelved and ended after completed).
        case stage
        /// The agreed amount (none last).
        case agreed
    }

    /// Owned by this unit.
    public var unitId: Int64?
    /// With this partner among its partners.
    public var partnerId: Int64?
    /// Of this domain and kind.
    public var kind: ProjectKind?
    /// At this stage.
    public var stage: ProjectStage?
    /// Only stalled projects (`ProjectRules.isStalled`, with `days` and `asOf`).
    public var stalled = false
    /// The stalled threshold; nil for the deployment's setting.
    public var days: Int?
    /// The day stalled is judged on; nil for today.
    public var asOf: Day?
    /// Started (first recorded at a stage) in this year.
    public var year: Int?
    /// Sort column.
    public var sort: SortColumn = .updated
    /// Sort descending; the default is most recently updated first.
    public var descending = true
    /// Page number from 1.
    public var page = 1
    /// Page size, 1–`maxPer`.
    public var per = ProjectQuery.defaultPer

    /// The default page size.
    public static let defaultPer = 50
    /// The largest page size.
    public static let maxPer = 500

    /// An unfiltered first page, most recently updated first.
    public init() {}

    /// Whether any filter is set.
    public var isFiltered: Bool {
        unitId != nil || partnerId != nil || kind != nil || stage != nil || stalled || year != nil
    }

    /// The `sort` parameter as links write it (`-updated`).
    public var sortParameter: String { (descending ? "-" : "") + sort.rawValue }
}
