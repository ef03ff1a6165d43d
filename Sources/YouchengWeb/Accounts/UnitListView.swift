import YouchengCore

/// The member unit list's view model: every unit (inactive ones marked), or the active ones only.
struct UnitListView: Sendable {
    /// One unit in the table.
    struct Row: Sendable {
        let id: Int64
        let nameZh: String
        let nameEn: String
        let kind: CodedLabel
        let home: String
        let contact: String
        let state: ActiveState
        let editHref: String
        let deactivateHref: String?
        let saved: Bool
    }

    let title: String
    let rows: [Row]
    let countText: String
    let newHref: String
    /// Set when there is nothing to show: what to do next.
    let emptyText: String?
    /// The link between "all units" and "active units only".
    let toggle: FormLink
    let savedNotice: String?

    init(
        units: [MemberUnit], activeOnly: Bool, savedId: Int64?, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        title = catalog.text("units_title", language)
        rows = units.map { unit in
            Row(
                id: unit.id, nameZh: unit.nameZh, nameEn: unit.nameEn,
                kind: CodedLabel(unit.kind, display),
                home: unit.homeCode.map { code in display.reference.localities.locality(code).map(display.home) ?? code
                }
                    ?? "",
                contact: unit.contactPerson, state: ActiveState(unit.active, catalog: catalog, language: language),
                editHref: AccountRoute.editUnit(id: unit.id).link(),
                deactivateHref: unit.active ? AccountRoute.confirmDeactivateUnit(id: unit.id).link() : nil,
                saved: unit.id == savedId)
        }
        countText = catalog.text("units_count", language, ["count": String(rows.count)])
        newHref = AccountRoute.newUnit.link()
        emptyText = rows.isEmpty ? catalog.text(activeOnly ? "units_empty_active" : "units_empty", language) : nil
        toggle =
            activeOnly
            ? FormLink(href: AccountRoute.units.link(), label: catalog.text("units_show_all", language))
            : FormLink(
                href: AccountRoute.units.link([("active", "1")]), label: catalog.text("units_show_active", language))
        savedNotice = savedId == nil ? nil : catalog.text("form_saved", language)
    }
}
