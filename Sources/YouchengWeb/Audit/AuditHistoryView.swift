import Foundation
import YouchengCore

/// The history of one record, newest first: the `audit-history` partial's view model. A page puts it in its own
/// view model (`history`) and includes `{{#history}}{{> audit-history}}{{/history}}`. Built from the entries alone,
/// so any page can show one: the unit and user forms do, the partner page can.
struct AuditHistoryView: Sendable {
    let heading: String
    let rows: [AuditEntryRow]
    let emptyText: String
    /// The whole log filtered to this record, when the entries shown are not all of them.
    let moreHref: String?
    let moreLabel: String

    /// `entries` newest first (sorted again here, so a caller's order does not matter); `moreHref` links to the full
    /// log when there are more entries than shown.
    init(
        entries: [AuditEntry], display: Display, catalog: LabelCatalog, timeZone: TimeZone,
        unitNames: [Int64: String] = [:], moreHref: String? = nil
    ) {
        let language = display.language
        heading = catalog.text("history_title", language)
        let fields = AuditFieldDisplay(display: display, catalog: catalog, unitNames: unitNames)
        rows = entries.sorted { ($0.time, $0.id) > ($1.time, $1.id) }.map {
            AuditEntryRow($0, fields: fields, timeZone: timeZone)
        }
        emptyText = catalog.text("history_empty", language)
        self.moreHref = moreHref
        moreLabel = catalog.text("history_more", language)
    }
}

extension WebDependencies {
    /// The newest entries about one record (at most `limit`), as the history component, linking to the full log
    /// when there are more.
    func history(_ type: AuditEntityType, id: Int64, language: Language, limit: Int = 50) async throws
        -> AuditHistoryView
    {
        let page = try await accounts.audit.entries(AuditQuery(entityType: type, entityId: String(id), per: limit))
        let more =
            page.total > page.items.count
            ? AuditRoute.audit.link([("entity", "\(type.rawValue):\(id)")]) : nil
        return AuditHistoryView(
            entries: page.items, display: display(language), catalog: renderer.catalog,
            timeZone: configuration.timeZone, unitNames: type == .user ? try await unitNames(language) : [:],
            moreHref: more)
    }

    /// The newest entries about several partnerships together (a partner's), at most `limit`.
    func history(partnerships ids: [Int64], language: Language, limit: Int = 50) async throws -> AuditHistoryView {
        var entries: [AuditEntry] = []
        for id in ids {
            let query = AuditQuery(entityType: .partnership, entityId: String(id), per: limit)
            entries += try await accounts.audit.entries(query).items
        }
        let newest = entries.sorted { ($0.time, $0.id) > ($1.time, $1.id) }.prefix(limit)
        return AuditHistoryView(
            entries: Array(newest), display: display(language), catalog: renderer.catalog,
            timeZone: configuration.timeZone)
    }

    /// Unit names in `language` by id, inactive units included.
    func unitNames(_ language: Language) async throws -> [Int64: String] {
        let units = try await accounts.units.list(includeInactive: true)
        return Dictionary(units.map { ($0.id, $0.name.text(language)) }, uniquingKeysWith: { first, _ in first })
    }
}
