import YouchengCore

/// How an audit entry's changed fields read on a page: the field under the label its form uses, and the value as
/// the pages show it (names for codes, 是/否 for flags) rather than as stored.
struct AuditFieldDisplay: Sendable {
    let display: Display
    let catalog: LabelCatalog
    /// Unit names by id, to name a user's unit; an unknown id shows as `#id`.
    let unitNames: [Int64: String]

    /// The label key of each audited field, by record type.
    private static let labelKeys: [AuditEntityType: [String: String]] = [
        .unit: [
            "nameZh": "unit_name_zh", "nameEn": "unit_name_en", "kind": "unit_kind", "homeCode": "unit_home",
            "contactPerson": "unit_contact", "active": "audit_active",
        ],
        .user: [
            "username": "user_username", "unitId": "user_unit", "role": "user_role", "active": "audit_active",
            "password": "user_password",
        ],
    ]

    /// The field's label; the stored name for fields without one (import counts, export filters).
    func label(_ type: AuditEntityType, _ field: String) -> String {
        if type == .partnership { return catalog.text("field_\(field)", display.language) }
        guard let key = Self.labelKeys[type]?[field] else { return field }
        return catalog.text(key, display.language)
    }

    /// The value as pages show it; `—` for none.
    func value(_ type: AuditEntityType, _ field: String, _ value: String?) -> String {
        guard let value, !value.isEmpty else { return "—" }
        switch (type, field) {
        case (.partnership, _): return display.partnershipValue(field, value)
        case (_, "active"): return catalog.text(value == "true" ? "audit_yes" : "audit_no", display.language)
        case (.user, "role"): return Role(rawValue: value).map { display.text($0.label) } ?? value
        case (.user, "unitId"): return Int64(value).map { unitNames[$0] ?? "#\($0)" } ?? value
        case (.unit, "kind"): return UnitKind(rawValue: value).map { display.text($0.label) } ?? value
        case (.unit, "homeCode"): return display.reference.localities.locality(value).map(display.home) ?? value
        default: return value
        }
    }
}
