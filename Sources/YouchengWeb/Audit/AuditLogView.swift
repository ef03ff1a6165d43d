import Foundation
import YouchengCore

/// The audit log page's view model: the filter form as filled in, the entries of this page, newest first, and the
/// page links.
struct AuditLogView: Sendable {
    /// The filter form's values, as typed.
    struct Filters: Sendable {
        let action = AuditRoute.audit.link()
        let resetHref = AuditRoute.audit.link()
        let actor: String
        let actors: [SelectOption]
        let entities: [SelectOption]
        let entityId: String
        let actions: [SelectOption]
        let from: String
        let to: String
    }

    let title: String
    let filters: Filters
    let rows: [AuditEntryRow]
    let countText: String
    let emptyText: String
    let pagination: Pagination?

    init(
        raw: QueryString, query: AuditQuery, page: AuditPage, users: [User], units: [MemberUnit], timeZone: TimeZone,
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        title = catalog.text("audit_title", language)
        func any(_ key: String) -> SelectOption { SelectOption(value: "", label: catalog.text(key, language)) }
        filters = Filters(
            actor: raw["actor"] ?? "",
            actors: ([AuditActor.system.username] + users.map(\.username)).map { SelectOption(value: $0, label: $0) },
            entities: [any("audit_entity_any")]
                + AuditEntityType.allCases.map {
                    SelectOption(value: $0.rawValue, label: display.text($0.label), selected: query.entityType == $0)
                },
            entityId: query.entityId ?? "",
            actions: [any("audit_action_any")]
                + AuditAction.allCases.map {
                    SelectOption(value: $0.rawValue, label: display.text($0.label), selected: query.action == $0)
                },
            from: raw["from"] ?? "", to: raw["to"] ?? "")
        let names = Dictionary(units.map { ($0.id, display.text($0.name)) }, uniquingKeysWith: { first, _ in first })
        let fields = AuditFieldDisplay(display: display, catalog: catalog, unitNames: names)
        rows = page.items.map { AuditEntryRow($0, fields: fields, timeZone: timeZone) }
        countText = catalog.text("audit_count", language, ["count": String(page.total)])
        emptyText = catalog.text("audit_empty", language)
        let base = raw.removing(["page", "lang"])
        pagination = Pagination(page: page.page, count: page.pageCount, catalog: catalog, language: language) {
            AuditRoute.audit.link(base.setting("page", String($0)))
        }
    }
}
