import Foundation
import SQLKit
import YouchengCore

extension ProspectStore {
    /// Enters prospect `draft` at open stage `stage` on `date` (today when nil), the first line of its history;
    /// refuses an unknown or inactive unit, a closed stage and a day after `today` (the caller's, in its time zone).
    /// Audited in the same transaction.
    public func create(
        _ draft: ProspectDraft, stage: ProspectStage = .identified, date: Day? = nil, today: Day, by actor: AuditActor
    ) async throws -> Prospect {
        let time = now()
        let stamp = Timestamp.string(time)
        let day = date ?? today
        guard stage.isOpen else { throw ProspectError.initialStage(stage) }
        if day > today { throw ProspectError.futureDate(today: today) }
        return try await database.writeTransaction(locking: Self.tables) { sql in
            try await Self.checkUnit(draft.unitId, sql: sql)
            let id = try await sql.raw(
                """
                INSERT INTO prospects (name, name_zh, country, geoname_id, home_code, unit_id, themes, notes, stage,
                  stage_date, version, created_by, created_at, updated_at)
                VALUES (\(bind: draft.name), \(bind: draft.nameZh), \(bind: draft.country), \(bind: draft.geonameId),
                  \(bind: draft.homeCode), \(bind: draft.unitId), \(bind: draft.themes.joined(separator: "\n")),
                  \(bind: draft.notes), \(bind: stage.rawValue), \(bind: day.description), 1,
                  \(bind: actor.username), \(bind: stamp), \(bind: stamp))
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
            guard let id else { throw ProspectError.notFound }
            let change = ProspectStageChange(stage: stage, date: day, by: actor.username)
            try await Self.recordChange(change, prospectId: id, stamp: stamp, sql: sql)
            let prospect = Prospect(
                id: id, draft: draft, stage: stage, stageDate: day, history: [change], createdBy: actor.username)
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .create, entityType: .prospect, entityId: String(id),
                    changes: FieldChange.changes(from: nil, to: prospect.auditValues)),
                at: time, sql: sql)
            return prospect
        }
    }

    /// Replaces prospect `id`'s fields with `draft` (its stage and history stay) when it is still at
    /// `expectedVersion` (any version when nil); audits what changed. The same values again write nothing.
    public func update(id: Int64, _ draft: ProspectDraft, expectedVersion: Int?, by actor: AuditActor) async throws
        -> Prospect
    {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            guard let before = try await Self.prospect(id: id, sql: sql) else { throw ProspectError.notFound }
            if let expectedVersion, expectedVersion != before.version {
                throw ProspectError.staleVersion(current: before.version)
            }
            if before.draft == draft { return before }
            if draft.unitId != before.draft.unitId { try await Self.checkUnit(draft.unitId, sql: sql) }
            try await sql.raw(
                """
                UPDATE prospects SET name = \(bind: draft.name), name_zh = \(bind: draft.nameZh),
                  country = \(bind: draft.country), geoname_id = \(bind: draft.geonameId),
                  home_code = \(bind: draft.homeCode), unit_id = \(bind: draft.unitId),
                  themes = \(bind: draft.themes.joined(separator: "\n")), notes = \(bind: draft.notes),
                  version = version + 1, updated_at = \(bind: Timestamp.string(time))
                WHERE id = \(bind: id)
                """
            ).run()
            var after = before
            after.draft = draft
            after.version = before.version + 1
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .update, entityType: .prospect, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: after.auditValues)),
                at: time, sql: sql)
            return after
        }
    }
}
