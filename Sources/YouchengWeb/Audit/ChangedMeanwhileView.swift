import Foundation
import YouchengCore

/// What a form shows when it was opened from an older version: who changed the record since, when, and each
/// changed field with its value then and now (and, for the partnership form, which the form now holds).
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
    /// Whether the table has the "now in the form" column (the form was brought up to date).
    let showsForm: Bool

    /// `yours` and `conflicts` describe a form brought up to date (the partnership form); nil for a form that keeps
    /// the user's input as typed.
    init(
        _ meanwhile: ChangedMeanwhile, of type: AuditEntityType,
        rebased: (yours: [String: String], conflicts: Set<String>)?,
        fields: AuditFieldDisplay, timeZone: TimeZone
    ) {
        rows = meanwhile.fields.map { change in
            let conflict = rebased?.conflicts.contains(change.field) ?? false
            return Row(
                label: fields.label(type, change.field), before: fields.value(type, change.field, change.before),
                after: fields.value(type, change.field, change.after),
                inForm: fields.value(type, change.field, conflict ? rebased?.yours[change.field] : change.after),
                conflict: conflict)
        }
        showsForm = rebased != nil
        changes = meanwhile.entries.map {
            Change(time: AuditEntryRow.clock($0.time, timeZone), actor: $0.actor)
        }
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
