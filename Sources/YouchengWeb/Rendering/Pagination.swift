import YouchengCore

/// Page links under the list: previous, a window of page numbers with gaps, next.
struct Pagination: Sendable {
    /// One entry: a page link, the current page, or a gap (…).
    struct Item: Sendable {
        let label: String
        let href: String?
        let current: Bool
        let gap: Bool
    }

    let previousHref: String?
    let nextHref: String?
    let previousLabel: String
    let nextLabel: String
    let items: [Item]
    let summary: String

    /// Nil when everything fits on one page.
    init?(query: PartnershipQuery, page: PartnershipPage, catalog: LabelCatalog, language: Language) {
        self.init(page: page.page, count: page.pageCount, catalog: catalog, language: language) { number in
            var target = query
            target.page = number
            return RegistryRoute.partnerships.link(target.parameters())
        }
    }

    /// Page `page` of `count`, each page's address from `link`; nil when everything fits on one page.
    init?(page: Int, count: Int, catalog: LabelCatalog, language: Language, link: (Int) -> String) {
        guard count > 1 || page > 1 else { return nil }
        let current = page
        previousHref = current > 1 ? link(min(current - 1, count)) : nil
        nextHref = current < count ? link(current + 1) : nil
        previousLabel = catalog.text("page_previous", language)
        nextLabel = catalog.text("page_next", language)
        summary = catalog.text("page_of", language, ["page": String(current), "count": String(count)])
        // A page past the end (from an old link) centres the window on the last page.
        let centre = min(current, count)
        let shown = Set([1, count] + Array(max(1, centre - 2)...min(count, centre + 2))).sorted()
        var items: [Item] = []
        var previous = 0
        for number in shown {
            if number > previous + 1 { items.append(Item(label: "…", href: nil, current: false, gap: true)) }
            items.append(
                Item(
                    label: String(number), href: number == current ? nil : link(number), current: number == current,
                    gap: false))
            previous = number
        }
        self.items = items
    }
}

extension Pagination {
    /// "N in all, showing A–B" for a list page of `shown` rows out of `total` (`rangeKey` with `total`, `from`,
    /// `to`), or `noneKey` (with `total`) when the page shows none.
    static func countText(
        total: Int, page: Int, per: Int, shown: Int, noneKey: String, rangeKey: String, catalog: LabelCatalog,
        language: Language
    ) -> String {
        guard shown > 0 else { return catalog.text(noneKey, language, ["total": String(total)]) }
        let first = min(total, (page - 1) * per + 1)
        let last = min(total, first + shown - 1)
        return catalog.text(rangeKey, language, ["total": String(total), "from": String(first), "to": String(last)])
    }
}
