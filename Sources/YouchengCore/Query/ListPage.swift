/// One page of a list and how many items its query matches over all pages: partnerships, exchanges, audit entries.
public struct ListPage<Item: Sendable>: Sendable {
    /// The items on this page, in the query's order.
    public var items: [Item]
    /// How many items match over all pages.
    public var total: Int
    /// The page number (from 1).
    public var page: Int
    /// The page size.
    public var per: Int

    /// Creates a page.
    public init(items: [Item], total: Int, page: Int, per: Int) {
        self.items = items
        self.total = total
        self.page = page
        self.per = per
    }

    /// The number of pages (at least 1).
    public var pageCount: Int { max(1, (total + per - 1) / per) }
}

extension ListPage: Equatable where Item: Equatable {}

extension ListPage: Hashable where Item: Hashable {}
