extension FieldChange {
    /// The field under which audited records with a version note the version a change made.
    public static let versionField = "version"
}

extension AuditEntry {
    /// The version of the record this entry's change produced, when the record keeps versions.
    public var versionAfter: Int? {
        changes.first { $0.field == FieldChange.versionField }?.after.flatMap { Int($0) }
    }
}

/// What happened to a record after the version someone started editing from: the entries that made the later
/// versions, oldest first, and the fields they changed, merged (each with its value at that version and now).
public struct ChangedMeanwhile: Sendable, Hashable {
    /// The entries after the base version, oldest first.
    public var entries: [AuditEntry]
    /// Each changed field once, in the order first changed: `before` at the base version, `after` now. A field
    /// changed and changed back is left out.
    public var fields: [FieldChange]

    /// The changes of `history` (one record's entries, in any order) that made versions after `baseVersion`.
    public init(history: [AuditEntry], since baseVersion: Int) {
        entries = history.filter { ($0.versionAfter ?? 0) > baseVersion }
            .sorted { ($0.versionAfter ?? 0) < ($1.versionAfter ?? 0) }
        var order: [String] = []
        var first: [String: String?] = [:]
        var last: [String: String?] = [:]
        for change in entries.flatMap(\.changes) where change.field != FieldChange.versionField {
            if first[change.field] == nil {
                order.append(change.field)
                first[change.field] = .some(change.before)
            }
            last[change.field] = .some(change.after)
        }
        fields = order.compactMap { field in
            let before = first[field] ?? nil
            let after = last[field] ?? nil
            return before == after ? nil : FieldChange(field: field, before: before, after: after)
        }
    }

    /// Whether the history holds nothing after the base version (entries older than versions in the log, say).
    public var isEmpty: Bool { entries.isEmpty }
}

extension PartnershipDraft {
    /// The draft's fields as the audit log writes a partnership's (`PartnershipRecord.auditValues`).
    public var auditValues: [String: String] {
        [
            "home": homeCode, "partner": partnerName, "partner_zh": partnerNameZh, "country": country,
            "kind": kind.rawValue, "established": established?.description ?? "", "status": status.rawValue,
            "notes": notes,
        ]
    }
}

extension PartnershipForm {
    /// This form, made from an older version, brought up to date: each field changed meanwhile that the form left
    /// as it was takes the value it has now; a field both changed keeps the form's value and is listed in
    /// `conflicts`. `draft` is this form validated.
    public func rebased(_ draft: PartnershipDraft, on meanwhile: ChangedMeanwhile) -> (
        form: PartnershipForm, conflicts: Set<String>
    ) {
        var fields = self.fields
        var conflicts: Set<String> = []
        let mine = draft.auditValues
        for change in meanwhile.fields {
            guard let value = mine[change.field] else { continue }
            if value == (change.before ?? "") {
                fields[change.field] = change.after ?? ""
            } else if value != (change.after ?? "") {
                conflicts.insert(change.field)
            }
        }
        return (PartnershipForm(fields: fields), conflicts)
    }
}
