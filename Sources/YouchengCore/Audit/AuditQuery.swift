import Foundation

/// Filters of the audit log; every one given must match. Entries come newest first.
public struct AuditQuery: Sendable, Hashable {
    /// Only entries by this actor (username or `system`).
    public var actor: String?
    /// Only entries about this kind of record.
    public var entityType: AuditEntityType?
    /// Only entries about the record with this id (with `entityType`).
    public var entityId: String?
    /// Only entries of this action.
    public var action: AuditAction?
    /// Only entries at or after this time.
    public var since: Date?
    /// Only entries before this time.
    public var until: Date?
    /// The page, from 1.
    public var page: Int
    /// The page size, 1 to `maxPer`.
    public var per: Int

    /// The largest page size.
    public static let maxPer = 500

    /// Creates a query; with no arguments it asks for the newest 50 entries.
    public init(
        actor: String? = nil, entityType: AuditEntityType? = nil, entityId: String? = nil, action: AuditAction? = nil,
        since: Date? = nil, until: Date? = nil, page: Int = 1, per: Int = 50
    ) {
        self.actor = actor
        self.entityType = entityType
        self.entityId = entityId
        self.action = action
        self.since = since
        self.until = until
        self.page = max(1, page)
        self.per = min(max(1, per), Self.maxPer)
    }

    /// Reads an entity filter written `TYPE:ID` (`unit:3`, `partnership:42`) or just `TYPE`.
    public static func parseEntity(_ text: String) throws(FieldError) -> (AuditEntityType, String?) {
        let parts = text.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        // Whatever the case, matched against each type's code (some are camel case: `noticeResponse`).
        guard let first = parts.first?.lowercased(),
            let type = AuditEntityType.allCases.first(where: { $0.rawValue.lowercased() == first })
        else {
            let known = AuditEntityType.allCases.map(\.rawValue).joined(separator: ", ")
            throw FieldError(
                code: "unknown_entity", field: "entity",
                message: Bilingual(
                    zh: "对象「\(text)」无效：应为 类型:编号，类型为 \(known)",
                    en: "entity \"\(text)\" is not valid: use TYPE:ID with TYPE one of \(known)"))
        }
        let id = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        return (type, id)
    }
}

/// One page of the audit log, newest first.
public typealias AuditPage = ListPage<AuditEntry>
