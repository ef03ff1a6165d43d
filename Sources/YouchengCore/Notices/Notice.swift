import Foundation

/// Whom a notice is sent to: every unit active when it is sent, or the units named.
public enum NoticeAddressees: Sendable, Hashable {
    /// Every unit active when the notice is sent (the store writes them down, so units added later do not inherit
    /// old notices).
    case all
    /// The units with these ids.
    case units([Int64])
}

/// A notice as a form or the API gives it, validated by `validated()`; the store adds the id, the addressed units
/// and who sent it when.
public struct NoticeDraft: Sendable, Hashable {
    /// The title; 1–200 characters.
    public var title: String
    /// The text; at most 10,000 characters.
    public var body: String
    /// What it is about.
    public var kind: NoticeKind
    /// The partner it concerns, if any.
    public var partnerId: Int64?
    /// The last day to answer, if any.
    public var deadline: Day?
    /// Whom it is sent to.
    public var addressees: NoticeAddressees

    /// Creates a draft.
    public init(
        title: String, body: String = "", kind: NoticeKind, partnerId: Int64? = nil, deadline: Day? = nil,
        addressees: NoticeAddressees
    ) {
        self.title = title
        self.body = body
        self.kind = kind
        self.partnerId = partnerId
        self.deadline = deadline
        self.addressees = addressees
    }
}

/// A notice as stored: sent to `unitIds` (explicitly, even when it was sent to all units).
public struct Notice: Sendable, Hashable {
    /// The id.
    public var id: Int64
    /// The title.
    public var title: String
    /// The text.
    public var body: String
    /// What it is about.
    public var kind: NoticeKind
    /// The partner it concerns, if any.
    public var partnerId: Int64?
    /// The last day to answer, if any.
    public var deadline: Day?
    /// Whether it was sent to all the units active at the time (then `unitIds` are those units).
    public var toAllUnits: Bool
    /// The units it is addressed to, by id, in ascending order.
    public var unitIds: [Int64]
    /// The username of who sent it.
    public var createdBy: String
    /// When it was sent.
    public var createdAt: Date

    /// Creates a notice.
    public init(
        id: Int64, title: String, body: String, kind: NoticeKind, partnerId: Int64?, deadline: Day?,
        toAllUnits: Bool, unitIds: [Int64], createdBy: String, createdAt: Date
    ) {
        self.id = id
        self.title = title
        self.body = body
        self.kind = kind
        self.partnerId = partnerId
        self.deadline = deadline
        self.toAllUnits = toAllUnits
        self.unitIds = unitIds
        self.createdBy = createdBy
        self.createdAt = createdAt
    }

    /// Whether units may still answer on time on `today`: no deadline, or the deadline is today or later.
    public func isOpen(on today: Day) -> Bool { deadline.map { today <= $0 } ?? true }

    /// Whether the deadline has passed on `today` (the deadline day itself is not past).
    public func isPastDeadline(on today: Day) -> Bool { !isOpen(on: today) }
}

extension Notice: AuditedRecord {
    /// Title, text, kind, partner, deadline, whether to all units, and the units.
    public var auditValues: [(String, String?)] {
        [
            ("title", title), ("body", body), ("kind", kind.rawValue), ("partnerId", partnerId.map(String.init)),
            ("deadline", deadline?.description), ("allUnits", String(toAllUnits)),
            ("units", unitIds.map(String.init).joined(separator: ",")),
        ]
    }
}
