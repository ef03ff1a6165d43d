import YouchengCore

/// The exchanges list's view model: filter form, table, pagination, export links and empty states.
struct ExchangeListView: Sendable {
    let filters: ExchangeFilterForm
    let columns: [PartnershipListView.Column]
    let rows: [ExchangeRow]
    let total: Int
    let countText: String
    let pagination: Pagination?
    let csvHref: String
    let xlsxHref: String
    /// The new-exchange link, for users who may write.
    let newHref: String?
    /// Set after a save or delete.
    let notice: String?
    /// Set when no exchange is stored at all: say how to add some.
    let empty: PartnershipListView.EmptyState?
    /// Set when the filters match nothing.
    let noMatch: PartnershipListView.EmptyState?

    init(
        query: ExchangeQuery, page: ExchangePage, lookups: ExchangeContext, partnerOptions: String, display: Display,
        catalog: LabelCatalog, isEmpty: Bool, mayWrite: Bool, notice: String?, mayEdit: (Exchange) -> Bool
    ) {
        let language = display.language
        filters = ExchangeFilterForm(
            query: query, lookups: lookups, partnerOptions: partnerOptions, display: display, catalog: catalog)
        columns = Self.columns(query: query, catalog: catalog, language: language)
        rows = page.items.map { ExchangeRow($0, lookups: lookups, display: display, mayEdit: mayEdit($0)) }
        total = page.total
        countText = Pagination.countText(
            total: page.total, page: page.page, per: page.per, shown: page.items.count, noneKey: "exchanges_count_none",
            rangeKey: "exchanges_count", catalog: catalog, language: language)
        pagination = Pagination(page: page.page, count: page.pageCount, catalog: catalog, language: language) {
            var target = query
            target.page = $0
            return ExchangeRoute.exchanges.link(target.parameters())
        }
        csvHref = ExchangeRoute.exchangeExport(.csv).link(query.parameters(includePage: false))
        xlsxHref = ExchangeRoute.exchangeExport(.xlsx).link(query.parameters(includePage: false))
        newHref = mayWrite ? ExchangeRoute.newExchange.link() : nil
        self.notice = notice
        typealias Link = PartnershipListView.Link
        if isEmpty {
            var links = [
                Link(
                    id: "empty-import", href: ImportRoute.importForm.link(),
                    label: catalog.text("empty_import", language))
            ]
            if mayWrite {
                links.append(
                    Link(
                        id: "empty-new", href: ExchangeRoute.newExchange.link(),
                        label: catalog.text("exchange_new", language)))
            }
            empty = PartnershipListView.EmptyState(
                message: catalog.text("exchanges_empty", language), links: mayWrite ? links : [])
            noMatch = nil
        } else if page.items.isEmpty {
            empty = nil
            noMatch = PartnershipListView.EmptyState(
                message: catalog.text(page.total == 0 ? "empty_nomatch" : "empty_pastend", language),
                links: [
                    Link(
                        id: "empty-reset", href: ExchangeRoute.exchanges.link(),
                        label: catalog.text("filter_reset", language))
                ])
        } else {
            empty = nil
            noMatch = nil
        }
    }

    private static func columns(query: ExchangeQuery, catalog: LabelCatalog, language: Language)
        -> [PartnershipListView.Column]
    {
        ExchangeQuery.SortColumn.allCases.map { column in
            var target = query
            let current = query.sort == column
            target.sort = column
            // A new column starts with its natural order: dates and head counts largest first, text A–Z.
            target.descending = current ? !query.descending : (column == .start || column == .people)
            target.page = 1
            return PartnershipListView.Column(
                key: column.rawValue, label: catalog.text("exchange_field_\(column.rawValue)", language),
                href: ExchangeRoute.exchanges.link(target.parameters()),
                ariaSort: current ? (query.descending ? "descending" : "ascending") : "none",
                indicator: current ? (query.descending ? "▼" : "▲") : "")
        }
    }
}
