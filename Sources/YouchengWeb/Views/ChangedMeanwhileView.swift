import Foundation
import YouchengCore

/// What the partnership form shows when it was opened from an older version: who changed the record since, when,
/// and each changed field with its value then and now.
struct ChangedMeanwhileView: Sendable {
    /// One changed field.
    struct Row: Sendable {
        let label: String
        let before: String
        let after: String
        /// What the form below now holds for the field.
        let inForm: String
        /// Whether the user changed the field too (the form keeps their value).
        let conflict: Bool
    }

    /// One change: when and by whom.
    struct Change: Sendable {
        let time: String
        let actor: String
    }

    let rows: [Row]
    let changes: [Change]
    let hasRows: Bool

    init(
        _ meanwhile: ChangedMeanwhile, yours: [String: String], conflicts: Set<String>, display: Display,
        catalog: LabelCatalog, timeZone: TimeZone
    ) {
        let language = display.language
        rows = meanwhile.fields.map { change in
            Row(
                label: catalog.text("field_\(change.field)", language),
                before: display.partnershipValue(change.field, change.before),
                after: display.partnershipValue(change.field, change.after),
                inForm: display.partnershipValue(
                    change.field, conflicts.contains(change.field) ? yours[change.field] : change.after),
                conflict: conflicts.contains(change.field))
        }
        changes = meanwhile.entries.map {
            Change(time: AuditEntryRow.clock($0.time, timeZone), actor: $0.actor)
        }
        hasRows = !rows.isEmpty
    }
}

extension Display {
    /// A partnership field's audited value as the pages show it: names for home, country, kind and status; `—` for
    /// none.
    func partnershipValue(_ field: String, _ value: String?) -> String {
        guard let value, !value.isEmpty else { return "—" }
        switch field {
        case "home": return reference.localities.locality(value).map(home) ?? value
        case "country": return country(value)
        case "kind": return PartnershipKind(rawValue: value).map(kind) ?? value
        case "status": return PartnershipStatus(rawValue: value).map(status) ?? value
        case "established": return PartialDate(parsing: value).map { date($0) } ?? value
        default: return value
        }
    }
}
