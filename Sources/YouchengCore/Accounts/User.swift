import Foundation

/// A person who signs in. Carries no password hash: the hash stays in the store.
public struct User: Sendable, Hashable, Codable {
    /// Database id.
    public var id: Int64
    /// The sign-in name, as `Username.normalized` keeps it (lower case).
    public var username: String
    /// The unit the user belongs to.
    public var unitId: Int64
    /// What the user may do.
    public var role: Role
    /// An inactive user cannot sign in.
    public var active: Bool
    /// Incremented on every change, so a stale edit can be refused.
    public var version: Int

    /// Creates a user.
    public init(id: Int64, username: String, unitId: Int64, role: Role, active: Bool = true, version: Int = 1) {
        self.id = id
        self.username = username
        self.unitId = unitId
        self.role = role
        self.active = active
        self.version = version
    }
}

/// A signed-in user together with their unit: what a request runs as.
public struct Account: Sendable, Hashable {
    /// The user.
    public var user: User
    /// The user's unit.
    public var unit: MemberUnit

    /// Joins the two.
    public init(user: User, unit: MemberUnit) {
        self.user = user
        self.unit = unit
    }

    /// What the access policy needs to know about this account.
    public var principal: Principal { Principal(role: user.role, unitId: unit.id, unitHomeCode: unit.homeCode) }

    /// How audit entries name this account.
    public var actor: AuditActor { AuditActor(username: user.username, unitId: unit.id) }
}

/// The rules of usernames: 3–32 characters of `a-z 0-9 . _ -`, starting with a letter or digit, compared without
/// case; `system` is reserved for changes made by the program itself.
public enum Username {
    /// The name as stored and compared: trimmed, lower case.
    public static func normalized(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// The normalized name, or why it is refused.
    public static func validated(_ text: String) throws(FieldError) -> String {
        let name = normalized(text)
        if name == AuditActor.system.username {
            throw FieldError(
                code: "reserved_username", field: "username",
                message: Bilingual(zh: "用户名「\(name)」为系统保留", en: "the username \"\(name)\" is reserved"))
        }
        guard name.range(of: "^[a-z0-9][a-z0-9._-]{2,31}$", options: .regularExpression) != nil else {
            throw FieldError(
                code: "invalid_username", field: "username",
                message: Bilingual(
                    zh: "用户名「\(text)」无效：应为 3–32 个字母、数字或 . _ -，以字母或数字开头",
                    en:
                        "username \"\(text)\" is not valid: use 3–32 letters, digits or . _ -, starting with a letter or digit"
                ))
        }
        return name
    }
}
