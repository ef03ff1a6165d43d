import Foundation
import SQLKit
import YouchengCore

extension UserStore {
    public func create(username: String, password: String, unitId: Int64, role: Role, by actor: AuditActor)
        async throws -> User
    {
        let name = try Username.validated(username)
        try PasswordRules.check(password)
        let hash = await hasher.hash(password)
        let time = now()
        let stamp = Timestamp.string(time)
        return try await database.writeTransaction(locking: ["users"]) { sql in
            guard let unit = try await UnitStore.unit(id: unitId, sql: sql) else {
                throw AccountError.unitNotFound(String(unitId))
            }
            guard unit.active else { throw AccountError.inactiveUnit(unit.nameZh) }
            if try await Self.user(username: name, sql: sql) != nil { throw AccountError.duplicateUsername(name) }
            let id = try await sql.raw(
                """
                INSERT INTO users (username, password_hash, unit_id, role, active, version, password_changed_at,
                  created_at, updated_at)
                VALUES (\(bind: name), \(bind: hash), \(bind: unitId), \(bind: role.rawValue), 1, 1, \(bind: stamp),
                  \(bind: stamp), \(bind: stamp))
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
            guard let id else { throw AccountError.userNotFound(name) }
            let user = User(id: id, username: name, unitId: unitId, role: role)
            let changes = FieldChange.changes(from: nil, to: user.auditValues) + [FieldChange.secret("password")]
            try await Self.audit(.userCreated, user: user, changes: changes, actor: actor, time: time, sql: sql)
            return user
        }
    }

    public func changePassword(username: String, to password: String, by actor: AuditActor) async throws {
        let name = Username.normalized(username)
        try PasswordRules.check(password)
        guard try await user(username: name) != nil else { throw AccountError.userNotFound(name) }
        let hash = await hasher.hash(password)
        let time = now()
        let stamp = Timestamp.string(time)
        try await database.writeTransaction(locking: ["users"]) { sql in
            guard let user = try await Self.user(username: name, sql: sql) else {
                throw AccountError.userNotFound(name)
            }
            try await sql.raw(
                """
                UPDATE users SET password_hash = \(bind: hash), password_changed_at = \(bind: stamp),
                  version = version + 1, updated_at = \(bind: stamp) WHERE id = \(bind: user.id)
                """
            ).run()
            // Whoever knew the old password is signed out everywhere, and loses what they made with it.
            try await Self.endAccess(of: user.id, actor: actor, time: time, sql: sql)
            try await Self.audit(
                .passwordChanged, user: user, changes: [.secret("password")], actor: actor, time: time, sql: sql)
        }
    }

    public func changeRole(username: String, to role: Role, expectedVersion: Int?, by actor: AuditActor) async throws
        -> User
    {
        try await change(username: username, expectedVersion: expectedVersion, actor: actor) { user in
            user.role = role
            return .roleChanged
        }
    }

    public func changeUnit(username: String, to unitId: Int64, expectedVersion: Int?, by actor: AuditActor)
        async throws -> User
    {
        try await change(username: username, expectedVersion: expectedVersion, actor: actor) { user in
            user.unitId = unitId
            return .update
        }
    }

    public func setActive(username: String, _ active: Bool, by actor: AuditActor) async throws -> User {
        try await change(username: username, expectedVersion: nil, actor: actor) { user in
            user.active = active
            return active ? .update : .deactivate
        }
    }

    public func update(
        username: String, role: Role, unitId: Int64, active: Bool, expectedVersion: Int?, by actor: AuditActor
    ) async throws -> User {
        try await change(username: username, expectedVersion: expectedVersion, actor: actor) { user in
            let roleChanged = user.role != role
            let deactivated = user.active && !active
            user.role = role
            user.unitId = unitId
            user.active = active
            return roleChanged ? .roleChanged : deactivated ? .deactivate : .update
        }
    }

    /// Applies `edit` to the stored user and saves it, unless it changes nothing; keeps one active admin; ends the
    /// sessions, API tokens and calendar link of a deactivated user; audits the fields that changed.
    private func change(
        username: String, expectedVersion: Int?, actor: AuditActor,
        _ edit: @escaping @Sendable (inout User) -> AuditAction
    ) async throws -> User {
        let name = Username.normalized(username)
        let time = now()
        let stamp = Timestamp.string(time)
        return try await database.writeTransaction(locking: ["users"]) { sql in
            guard let before = try await Self.user(username: name, sql: sql) else {
                throw AccountError.userNotFound(name)
            }
            if let expectedVersion, expectedVersion != before.version {
                throw AccountError.staleVersion(current: before.version)
            }
            var after = before
            let action = edit(&after)
            if after == before { return before }
            after.version += 1
            if after.unitId != before.unitId {
                // The same rule as for a new user: the unit must exist and take users.
                guard let unit = try await UnitStore.unit(id: after.unitId, sql: sql) else {
                    throw AccountError.unitNotFound(String(after.unitId))
                }
                guard unit.active else { throw AccountError.inactiveUnit(unit.nameZh) }
            }
            let wasAdmin = before.role == .admin && before.active
            if wasAdmin && !(after.role == .admin && after.active) {
                try await Self.refuseLastAdmin(except: before.id, sql: sql)
            }
            try await sql.raw(
                """
                UPDATE users SET role = \(bind: after.role.rawValue), active = \(bind: after.active ? 1 : 0),
                  unit_id = \(bind: after.unitId),
                  version = \(bind: after.version), updated_at = \(bind: stamp) WHERE id = \(bind: before.id)
                """
            ).run()
            if !after.active { try await Self.endAccess(of: before.id, actor: actor, time: time, sql: sql) }
            let changes = FieldChange.changes(from: before.auditValues, to: after.auditValues)
            try await Self.audit(action, user: after, changes: changes, actor: actor, time: time, sql: sql)
            return after
        }
    }

    private static func refuseLastAdmin(except id: Int64, sql: any SQLDatabase) async throws {
        let others =
            try await sql.raw(
                "SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1 AND id <> \(bind: id)"
            ).first(decodingColumn: "n", as: Int.self) ?? 0
        if others == 0 { throw AccountError.lastAdmin }
    }
}
