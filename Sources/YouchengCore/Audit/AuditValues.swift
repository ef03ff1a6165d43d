/// The fields of a record as audit entries compare them, each as text (nil: absent). Secrets are never listed.
public protocol AuditedRecord {
    /// Field name and value, in the order entries show them.
    var auditValues: [(String, String?)] { get }
}

extension MemberUnit: AuditedRecord {
    /// Names, kind, home, contact and active flag.
    public var auditValues: [(String, String?)] {
        [
            ("nameZh", nameZh), ("nameEn", nameEn), ("kind", kind.rawValue), ("homeCode", homeCode),
            ("contactPerson", contactPerson), ("active", String(active)),
        ]
    }
}

extension User: AuditedRecord {
    /// Username, unit, role and active flag (never the password or its hash).
    public var auditValues: [(String, String?)] {
        [("username", username), ("unitId", String(unitId)), ("role", role.rawValue), ("active", String(active))]
    }
}

extension PartnershipRecord: AuditedRecord {
    /// Home, partner names and country, kind, established date, status and notes, then the version, so that each
    /// entry says which version it made (see `ChangedMeanwhile`).
    public var auditValues: [(String, String?)] {
        [
            ("home", home.code), ("partner", partner.name), ("partner_zh", partner.nameZh),
            ("country", partner.country), ("kind", partnership.kind.rawValue),
            ("established", partnership.established?.description), ("status", partnership.status.rawValue),
            ("notes", partnership.notes), (FieldChange.versionField, String(partnership.version)),
        ]
    }
}
