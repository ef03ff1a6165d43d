import Foundation

/// Who made a change, as audit entries name them: a user with their unit, or `system` (the command line, the
/// program itself).
public struct AuditActor: Sendable, Hashable {
    /// The username (or `system`).
    public var username: String
    /// The actor's unit, if any.
    public var unitId: Int64?

    /// Creates an actor.
    public init(username: String, unitId: Int64?) {
        self.username = username
        self.unitId = unitId
    }

    /// Changes made from the command line or by the program itself.
    public static let system = AuditActor(username: "system", unitId: nil)
}

/// One changed field of an audited record: its value before and after, as text (nil: absent).
public struct FieldChange: Sendable, Hashable, Codable {
    /// The field's name (`nameZh`, `role`, `password` …).
    public var field: String
    /// The value before; nil when there was none (a new record).
    public var before: String?
    /// The value after; nil when there is none (a deleted record, a cleared field).
    public var after: String?

    /// Creates a change.
    public init(field: String, before: String?, after: String?) {
        self.field = field
        self.before = before
        self.after = after
    }

    /// What secrets show instead of their values: the entry says they changed, never what they are.
    public static let hidden = "[hidden]"

    /// A change of a secret (a password, a token secret), with both values hidden.
    public static func secret(_ field: String) -> FieldChange {
        FieldChange(field: field, before: hidden, after: hidden)
    }

    /// The fields that differ between `before` and `after` (either nil for a created or deleted record), in the
    /// order `after` (or `before`) lists them. An empty value counts as absent, so a new record lists only the
    /// fields it has.
    public static func changes(from before: [(String, String?)]?, to after: [(String, String?)]?) -> [FieldChange] {
        // A record created: its fields with a value, in order, without building two dictionaries (an import audits
        // every exchange it creates). The same list, as a record's fields are named once each.
        if before == nil, let after {
            return after.compactMap { field, value in
                guard let value, !value.isEmpty else { return nil }
                return FieldChange(field: field, before: nil, after: value)
            }
        }
        func values(_ fields: [(String, String?)]?) -> [String: String] {
            var out: [String: String] = [:]
            for (field, value) in fields ?? [] where value?.isEmpty == false { out[field] = value }
            return out
        }
        let old = values(before)
        let new = values(after)
        let fields = ((after ?? before) ?? []).map(\.0)
        return fields.compactMap { field in
            old[field] == new[field] ? nil : FieldChange(field: field, before: old[field], after: new[field])
        }
    }
}

/// An audit entry to append; the store adds the id and the time.
public struct AuditEvent: Sendable, Hashable {
    /// Who did it.
    public var actor: AuditActor
    /// What was done.
    public var action: AuditAction
    /// The kind of record.
    public var entityType: AuditEntityType
    /// The record's id, if the action concerns one.
    public var entityId: String?
    /// What changed, field by field.
    public var changes: [FieldChange]

    /// Creates an event.
    public init(
        actor: AuditActor, action: AuditAction, entityType: AuditEntityType, entityId: String?,
        changes: [FieldChange] = []
    ) {
        self.actor = actor
        self.action = action
        self.entityType = entityType
        self.entityId = entityId
        self.changes = changes
    }
}

/// One entry of the append-only audit log.
public struct AuditEntry: Sendable, Hashable {
    /// Its id, increasing with time.
    public var id: Int64
    /// When it happened.
    public var time: Date
    /// The actor's username (or `system`).
    public var actor: String
    /// The actor's unit, if any.
    public var unitId: Int64?
    /// What was done.
    public var action: AuditAction
    /// The kind of record.
    public var entityType: AuditEntityType
    /// The record's id, if any.
    public var entityId: String?
    /// What changed.
    public var changes: [FieldChange]

    /// Creates an entry.
    public init(
        id: Int64, time: Date, actor: String, unitId: Int64?, action: AuditAction, entityType: AuditEntityType,
        entityId: String?, changes: [FieldChange]
    ) {
        self.id = id
        self.time = time
        self.actor = actor
        self.unitId = unitId
        self.action = action
        self.entityType = entityType
        self.entityId = entityId
        self.changes = changes
    }
}
