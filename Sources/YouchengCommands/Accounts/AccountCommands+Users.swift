import Foundation
import YouchengCore
import YouchengStore

extension AccountCommands {
    /// What `user create` did.
    public struct CreatedUser: Sendable {
        /// The new user.
        public var user: User
        /// Their unit.
        public var unit: MemberUnit
        /// Whether the default Foreign Affairs Office unit was created for them.
        public var createdUnit: Bool

        /// The line printed.
        public var text: String {
            var lines: [String] = []
            if createdUnit { lines.append("已创建单位 \(unit.nameZh) / created the unit \(unit.name.en)") }
            lines.append(
                "已创建用户 \(user.username)（\(user.role.label.zh)，\(unit.nameZh)）/ created user \(user.username) (\(user.role.label.en), \(unit.name.en))"
            )
            return lines.joined(separator: "\n")
        }
    }

    /// `user create`: a user in the unit named; without `--unit` an administrator goes into the Foreign Affairs
    /// Office unit (外事办公室), created if there is none yet.
    public func createUser(username: String, password: String, role: String, unit: String?) async throws
        -> CreatedUser
    {
        guard let role = Role(parsing: role) else { throw Role.unknown(role) }
        _ = try Username.validated(username)
        try PasswordRules.check(password)
        let (home, created) = try await unitForNewUser(unit, role: role)
        let user = try await stores.users.create(
            username: username, password: password, unitId: home.id, role: role, by: Self.actor)
        return CreatedUser(user: user, unit: home, createdUnit: created)
    }

    private func unitForNewUser(_ name: String?, role: Role) async throws -> (MemberUnit, created: Bool) {
        if let name {
            do {
                return (try await stores.units.find(name), false)
            } catch AccountError.unitNotFound(let text) {
                throw CommandFailure(
                    Bilingual(
                        zh: "单位「\(text)」不存在；请先用 youcheng unit create --name-zh \(text) 创建",
                        en: "no unit \"\(text)\"; create it first with youcheng unit create --name-zh \(text)"))
            }
        }
        guard role == .admin else {
            throw CommandFailure(
                Bilingual(zh: "编辑和查看者必须用 --unit 指定所属单位", en: "editors and viewers need --unit, the unit they belong to")
            )
        }
        let fao = MemberUnit.defaultDraft
        if let existing = try? await stores.units.find(fao.nameZh) { return (existing, false) }
        return (try await stores.units.create(fao, by: Self.actor), true)
    }

    /// `user passwd`.
    public func changePassword(username: String, password: String) async throws -> String {
        try await stores.users.changePassword(username: username, to: password, by: Self.actor)
        let name = Username.normalized(username)
        return "已修改 \(name) 的密码，其登录会话、API 令牌和日历链接已全部结束 / changed the password of \(name); "
            + "their sessions, API tokens and calendar link have ended"
    }

    /// `user role`.
    public func changeRole(username: String, role: String) async throws -> String {
        guard let role = Role(parsing: role) else { throw Role.unknown(role) }
        let user = try await stores.users.changeRole(username: username, to: role, expectedVersion: nil, by: Self.actor)
        return "\(user.username) 现为\(role.label.zh) / \(user.username) is now \(role.label.en)"
    }

    /// `user unlock`.
    public func unlock(username: String) async throws -> String {
        let until = try await stores.users.unlock(username: username, by: Self.actor)
        let name = Username.normalized(username)
        return until == nil
            ? "\(name) 未被锁定，已清除失败记录 / \(name) was not locked; past failures are cleared"
            : "已解除 \(name) 的锁定 / unlocked \(name)"
    }

    /// `user list`: every user with role, unit, and lock, as a table or as JSON.
    public func listUsers(json: Bool) async throws -> String {
        let users = try await stores.users.list()
        let units = Dictionary(
            try await stores.units.list(includeInactive: true).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var rows: [(User, MemberUnit?, Date?)] = []
        for user in users {
            rows.append((user, units[user.unitId], try await stores.users.lockedUntil(username: user.username)))
        }
        if json {
            return JSONValue.array(
                rows.map { user, unit, locked in
                    .object([
                        ("id", .int(Int(user.id))), ("username", .string(user.username)),
                        ("role", .string(user.role.rawValue)),
                        ("unit", unit.map(Self.json) ?? .null), ("active", .bool(user.active)),
                        ("lockedUntil", locked.map { .string($0.formatted(.iso8601)) } ?? .null),
                    ])
                }
            ).serialized()
        }
        guard !rows.isEmpty else {
            return
                "还没有用户；创建第一个管理员：youcheng user create --username admin --role admin / no users yet; create the first administrator: youcheng user create --username admin --role admin"
        }
        return rows.map { user, unit, locked in
            var line = "\(user.username)\t\(user.role.label.both)\t\(unit?.nameZh ?? String(user.unitId))"
            if !user.active { line += "\t停用 / inactive" }
            if let locked { line += "\t锁定至 / locked until \(clock(locked))" }
            return line
        }.joined(separator: "\n")
    }
}
