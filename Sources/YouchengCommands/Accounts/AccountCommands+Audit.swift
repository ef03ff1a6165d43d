import Foundation
import YouchengCore
import YouchengStore

extension AccountCommands {
    /// `audit`: entries matching the filters, newest first, as lines or as JSON. `entity` is `TYPE:ID` or `TYPE`;
    /// `since` and `until` are dates (`YYYY-MM-DD`, the start of that day) or ISO 8601 times.
    public func audit(
        entity: String? = nil, actor: String? = nil, action: String? = nil, since: String? = nil,
        until: String? = nil, page: Int = 1, per: Int = 50, json: Bool = false
    ) async throws -> String {
        var query = AuditQuery(page: page, per: per)
        if let entity { (query.entityType, query.entityId) = try await entityFilter(entity) }
        query.actor = actor
        if let action {
            guard let parsed = AuditAction(rawValue: action) else {
                let known = AuditAction.allCases.map(\.rawValue).joined(separator: ", ")
                throw CommandFailure(
                    Bilingual(zh: "操作「\(action)」无效：应为 \(known)", en: "action \"\(action)\" is not valid: use \(known)"))
            }
            query.action = parsed
        }
        query.since = try since.map { try parseTime($0, option: "since") }
        query.until = try until.map { try parseTime($0, option: "until") }
        let result = try await stores.audit.entries(query)
        if json { return Self.json(result).serialized() }
        let header =
            "共 \(result.total) 条，第 \(result.page) 页 / \(result.total) entries, page \(result.page) of \(max(1, (result.total + result.per - 1) / result.per))"
        return ([header] + result.items.map(line)).joined(separator: "\n")
    }

    /// `TYPE:ID`, where a user may also be named by username and a unit by name (`user:alice`, `unit:商务局`).
    func entityFilter(_ text: String) async throws -> (AuditEntityType, String?) {
        let (type, id) = try AuditQuery.parseEntity(text)
        guard let id, Int64(id) == nil else { return (type, id) }
        switch type {
        case .user:
            guard let user = try await stores.users.user(username: id) else {
                throw AccountError.userNotFound(Username.normalized(id))
            }
            return (type, String(user.id))
        case .unit:
            return (type, String(try await stores.units.find(id).id))
        default:
            return (type, id)
        }
    }

    /// One entry as a line: time, actor, action, entity, then each change as `field: before → after`.
    func line(_ entry: AuditEntry) -> String {
        let entity = entry.entityType.rawValue + (entry.entityId.map { ":\($0)" } ?? "")
        var text = "\(clock(entry.time))  \(entry.actor)  \(entry.action.rawValue)  \(entity)"
        if !entry.changes.isEmpty {
            text +=
                "  "
                + entry.changes.map { "\($0.field): \($0.before ?? "—") → \($0.after ?? "—")" }.joined(separator: "; ")
        }
        return text
    }

    /// The page as JSON: `{"items": [{"id", "time", "actor", "unitId", "action", "entity": {"type", "id"},
    /// "changes": [{"field", "before", "after"}]}], "page", "per", "total"}`.
    static func json(_ page: AuditPage) -> JSONValue {
        let items = page.items.map { entry -> JSONValue in
            .object([
                ("id", .int(Int(entry.id))), ("time", .string(entry.time.formatted(.iso8601))),
                ("actor", .string(entry.actor)), ("unitId", entry.unitId.map { .int(Int($0)) } ?? .null),
                ("action", .string(entry.action.rawValue)),
                (
                    "entity",
                    .object([
                        ("type", .string(entry.entityType.rawValue)),
                        ("id", entry.entityId.map(JSONValue.string) ?? .null),
                    ])
                ),
                (
                    "changes",
                    .array(
                        entry.changes.map {
                            .object([
                                ("field", .string($0.field)), ("before", $0.before.map(JSONValue.string) ?? .null),
                                ("after", $0.after.map(JSONValue.string) ?? .null),
                            ])
                        })
                ),
            ])
        }
        return .object([
            ("items", .array(items)), ("page", .int(page.page)), ("per", .int(page.per)), ("total", .int(page.total)),
        ])
    }
}
