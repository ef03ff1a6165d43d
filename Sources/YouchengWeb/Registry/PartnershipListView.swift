import YouchengCore

/// The partnership list's view model: filter form, table, pagination and export links.
struct PartnershipListView: Sendable {
    let filters: FilterForm
    let columns: [Column]
    let rows: [Row]
    let total: Int
    let countText: String
    let pagination: Pagination?
    /// Export links, left out while a filter is refused (the exports would refuse it too).
    let exports: Exports?
    /// Set when nothing is stored at all: say to import or add.
    let emptyRegistry: EmptyState?
    /// Set when filters match nothing: say to loosen them.
    let noMatch: EmptyState?

    /// A column header with its sort link.
    struct Column: Sendable {
        let key: String
        let label: String
        let href: String
        let ariaSort: String
        let indicator: String
    }

    /// One partnership in the table; a class, like `PartnershipCells`, so that a template passes it on without
    /// copying.
    final class Row: Sendable {
        let partnership: PartnershipCells
        /// The partner's Chinese and English names as recorded, each in its own column.
        let partnerZh: String
        let partnerEn: String
        /// The edit form, for a user who may change the partnership.
        let editHref: String?
        /// Read out after "Edit" by screen readers, so each row's link says what it edits.
        let editTarget: String

        init(partnership: PartnershipCells, partnerZh: String, partnerEn: String, editHref: String?, editTarget: String)
        {
            self.partnership = partnership
            self.partnerZh = partnerZh
            self.partnerEn = partnerEn
            self.editHref = editHref
            self.editTarget = editTarget
        }
    }

    /// What to say when the table is empty, with the way out.
    struct EmptyState: Sendable {
        let message: String
        let links: [Link]
    }

    /// The filtered rows as CSV, XLSX and JSON.
    struct Exports: Sendable {
        let csvHref: String
        let xlsxHref: String
        let apiHref: String
    }

    /// A labelled link.
    struct Link: Sendable {
        let id: String
        let href: String
        let label: String
    }

    init(
        query: PartnershipQuery, page: PartnershipPage, raw: QueryString, errors: FieldErrors = FieldErrors(errors: []),
        display: Display, catalog: LabelCatalog, mayEdit: (PartnershipRecord) -> Bool = { _ in true }
    ) {
        let language = display.language
        filters = FilterForm(query: query, raw: raw, errors: errors, display: display, catalog: catalog)
        columns = Self.columns(query: query, catalog: catalog, language: language)
        rows = page.items.map { Self.row($0, display: display, catalog: catalog, mayEdit: mayEdit($0)) }
        total = page.total
        countText = Pagination.countText(
            total: page.total, page: page.page, per: page.per, shown: page.items.count, noneKey: "list_count_none",
            rangeKey: "list_count", catalog: catalog, language: language)
        pagination = Pagination(query: query, page: page, catalog: catalog, language: language)
        let exportParameters = query.parameters(includePage: false)
        exports =
            filters.hasErrors
            ? nil
            : Exports(
                csvHref: RegistryRoute.export(.csv).link(exportParameters),
                xlsxHref: RegistryRoute.export(.xlsx).link(exportParameters),
                apiHref: APIRoute.apiPartnerships.link(query.parameters()))
        let importLink = Link(
            id: "empty-import", href: ImportRoute.importForm.link(), label: catalog.text("empty_import", language))
        let newLink = Link(
            id: "empty-new", href: RegistryRoute.newPartnership.link(), label: catalog.text("empty_new", language))
        if filters.hasErrors {
            emptyRegistry = nil
            noMatch = nil
        } else if page.total == 0 && !query.isFiltered {
            emptyRegistry = EmptyState(message: catalog.text("empty_registry", language), links: [importLink, newLink])
            noMatch = nil
        } else if page.items.isEmpty {
            emptyRegistry = nil
            noMatch = EmptyState(
                message: catalog.text(page.total == 0 ? "empty_nomatch" : "empty_pastend", language),
                links: [
                    Link(
                        id: "empty-reset", href: RegistryRoute.partnerships.link(),
                        label: catalog.text("filter_reset", language))
                ])
        } else {
            emptyRegistry = nil
            noMatch = nil
        }
    }

    private static func columns(query: PartnershipQuery, catalog: LabelCatalog, language: Language) -> [Column] {
        let order: [PartnershipQuery.SortColumn] = [
            .home, .partnerZh, .partner, .country, .kind, .level, .established, .status,
        ]
        return order.map { column in
            var target = query
            let current = query.sort == column
            target.sort = column
            target.descending = current && !query.descending
            target.page = 1
            return Column(
                key: column.rawValue, label: catalog.text("column_\(column.rawValue)", language),
                href: RegistryRoute.partnerships.link(target.parameters()),
                ariaSort: current ? (query.descending ? "descending" : "ascending") : "none",
                indicator: current ? (query.descending ? "▼" : "▲") : "")
        }
    }

    private static func row(_ record: PartnershipRecord, display: Display, catalog: LabelCatalog, mayEdit: Bool) -> Row
    {
        Row(
            partnership: PartnershipCells(record, display: display),
            partnerZh: record.partner.nameZh, partnerEn: record.partner.name,
            editHref: mayEdit ? RegistryRoute.editPartnership(id: record.partnership.id).link() : nil,
            editTarget: display.editTarget(record, catalog: catalog))
    }
}
