import Foundation
import SQLKit
import YouchengCore

extension UnitStore {
    public func create(_ draft: UnitDraft, by actor: AuditActor) async throws -> MemberUnit {
        let draft = try checked(draft)
        let time = now()
        return try await database.writeTransaction(locking: ["units"]) { sql in
            try await Self.insert(draft, actor: actor, time: time, sql: sql)
        }
    }

    /// Inserts a checked unit on `sql`, inside the caller's transaction (an import creating the units it names),
    /// and audits it.
    static func insert(_ draft: UnitDraft, actor: AuditActor, time: Date, sql: any SQLDatabase) async throws
        -> MemberUnit
    {
        let stamp = Timestamp.string(time)
        try await Self.refuseTakenName(draft.nameZh, except: nil, sql: sql)
        let id = try await sql.raw(
            """
            INSERT INTO units (name_zh, name_en, kind, home_code, contact_person, active, version, created_at, updated_at)
            VALUES (\(bind: draft.nameZh), \(bind: draft.nameEn), \(bind: draft.kind.rawValue), \(bind: draft.homeCode),
              \(bind: draft.contactPerson), 1, 1, \(bind: stamp), \(bind: stamp))
            RETURNING id
            """
        ).first(decodingColumn: "id", as: Int64.self)
        guard let id, let unit = try await Self.unit(id: id, sql: sql) else {
            throw AccountError.unitNotFound(draft.nameZh)
        }
        try await Self.audit(.create, before: nil, after: unit, actor: actor, time: time, sql: sql)
        return unit
    }

    public func update(id: Int64, _ draft: UnitDraft, expectedVersion: Int, by actor: AuditActor) async throws
        -> MemberUnit
    {
        let draft = try checked(draft)
        let time = now()
        return try await database.writeTransaction(locking: ["units"]) { sql in
            let before = try await Self.current(id: id, expectedVersion: expectedVersion, sql: sql)
            var proposed = before
            (proposed.nameZh, proposed.nameEn, proposed.kind) = (draft.nameZh, draft.nameEn, draft.kind)
            (proposed.homeCode, proposed.contactPerson) = (draft.homeCode, draft.contactPerson)
            // Saving an unchanged form changes nothing: no new version, no audit entry.
            if proposed == before { return before }
            try await Self.refuseTakenName(draft.nameZh, except: id, sql: sql)
            try await sql.raw(
                """
                UPDATE units SET name_zh = \(bind: draft.nameZh), name_en = \(bind: draft.nameEn),
                  kind = \(bind: draft.kind.rawValue), home_code = \(bind: draft.homeCode),
                  contact_person = \(bind: draft.contactPerson), version = version + 1,
                  updated_at = \(bind: Timestamp.string(time)) WHERE id = \(bind: id)
                """
            ).run()
            guard let after = try await Self.unit(id: id, sql: sql) else { throw AccountError.unitNotFound(String(id)) }
            try await Self.audit(.update, before: before, after: after, actor: actor, time: time, sql: sql)
            return after
        }
    }

    public func deactivate(id: Int64, expectedVersion: Int?, by actor: AuditActor) async throws -> MemberUnit {
        let time = now()
        return try await database.writeTransaction(locking: ["units"]) { sql in
            let before = try await Self.current(id: id, expectedVersion: expectedVersion, sql: sql)
            guard before.active else { return before }
            try await sql.raw(
                """
                UPDATE units SET active = 0, version = version + 1, updated_at = \(bind: Timestamp.string(time))
                WHERE id = \(bind: id)
                """
            ).run()
            guard let after = try await Self.unit(id: id, sql: sql) else { throw AccountError.unitNotFound(String(id)) }
            try await Self.audit(.deactivate, before: before, after: after, actor: actor, time: time, sql: sql)
            return after
        }
    }

    /// The draft validated, with its home checked against the locality tree.
    private func checked(_ draft: UnitDraft) throws -> UnitDraft {
        let draft = try draft.validated()
        if let home = draft.homeCode, reference.localities.locality(home) == nil {
            throw FieldErrors(errors: [
                FieldError(code: "unknown_home", field: "home", message: LocalityLookupError.unknown(home).message)
            ])
        }
        return draft
    }

    /// The unit as stored, refusing a missing one or one whose version is not `expectedVersion`.
    private static func current(id: Int64, expectedVersion: Int?, sql: any SQLDatabase) async throws -> MemberUnit {
        guard let unit = try await unit(id: id, sql: sql) else { throw AccountError.unitNotFound(String(id)) }
        if let expectedVersion, expectedVersion != unit.version {
            throw AccountError.staleVersion(current: unit.version)
        }
        return unit
    }

    private static func refuseTakenName(_ name: String, except id: Int64?, sql: any SQLDatabase) async throws {
        let other = try await sql.raw("SELECT id FROM units WHERE name_zh = \(bind: name)").first(
            decodingColumn: "id", as: Int64.self)
        if let other, other != id { throw AccountError.duplicateUnitName(name) }
    }

    private static func audit(
        _ action: AuditAction, before: MemberUnit?, after: MemberUnit, actor: AuditActor, time: Date,
        sql: any SQLDatabase
    ) async throws {
        let event = AuditEvent(
            actor: actor, action: action, entityType: .unit, entityId: String(after.id),
            changes: FieldChange.changes(from: before?.auditValues, to: after.auditValues))
        _ = try await AuditStore.append(event, at: time, sql: sql)
    }
}
