import Foundation
import SQLKit
import YouchengCore

extension ProjectStore {
    /// Records project `draft` at `stage` from `date` (its first stage change), refusing an unknown partner, unit or
    /// source (`ProjectError`); audited with its values in the same transaction.
    public func create(_ draft: ProjectDraft, stage: ProjectStage, date: Day, by actor: AuditActor) async throws
        -> CooperationProject
    {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            try await Self.check(draft, sql: sql)
            return try await Self.insert(draft, stage: stage, date: date, by: actor, time: time, sql: sql)
        }
    }

    /// Writes a checked new project with its partners, first stage change and audit entry, on `sql`.
    static func insert(
        _ draft: ProjectDraft, stage: ProjectStage, date: Day, by actor: AuditActor, time: Date, sql: any SQLDatabase
    ) async throws -> CooperationProject {
        let stamp = Timestamp.string(time)
        let s = sourceColumns(draft.source)
        let id = try await sql.raw(
            """
            INSERT INTO projects (title, unit_id, kind, stage, stage_since, started_on, last_update, agreed_cents,
              realised_cents, currency, budget_cents, actual_cost_cents, source_exchange_id, source_notice_id,
              source_notice_unit_id, source_decision_id, version, created_by, created_at, updated_at)
            VALUES (\(bind: draft.title), \(bind: draft.unitId), \(bind: draft.kind.rawValue),
              \(bind: stage.rawValue), \(bind: date.description), \(bind: date.description),
              \(bind: date.description), \(bind: draft.agreed?.hundredths), \(bind: draft.realised?.hundredths),
              \(bind: draft.currency), \(bind: draft.budget?.hundredths), \(bind: draft.actualCost?.hundredths),
              \(bind: s.exchange), \(bind: s.notice), \(bind: s.unit), \(bind: s.decision), 1,
              \(bind: actor.username), \(bind: stamp), \(bind: stamp))
            RETURNING id
            """
        ).first(decodingColumn: "id", as: Int64.self)
        guard let id else { throw ProjectError.notFound }
        try await writePartners(draft.partnerIds, projectId: id, sql: sql)
        let first = ProjectStageChange(stage: stage, date: date, by: actor.username)
        try await insertChange(first, projectId: id, stamp: stamp, sql: sql)
        let project = CooperationProject(
            id: id, draft: draft, stage: stage, lastUpdate: date, history: [first], createdBy: actor.username)
        try await AuditStore.append(
            AuditEvent(
                actor: actor, action: .create, entityType: .project, entityId: String(id),
                changes: FieldChange.changes(from: nil, to: project.auditValues + [("date", date.description)])),
            at: time, sql: sql)
        return project
    }

    /// Replaces project `id`'s fields with `draft` when it is still at `expectedVersion` (any when nil); the edit
    /// counts as an update on `today`. Audits what changed; the same values again write nothing.
    public func update(
        id: Int64, _ draft: ProjectDraft, expectedVersion: Int?, today: Day, by actor: AuditActor
    ) async throws -> CooperationProject {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            let before = try await Self.current(id: id, expectedVersion: expectedVersion, sql: sql)
            if before.draft == draft { return before }
            try await Self.check(draft, storedUnit: before.draft.unitId, sql: sql)
            let s = Self.sourceColumns(draft.source)
            let lastUpdate = max(before.lastUpdate, today)
            try await sql.raw(
                """
                UPDATE projects SET title = \(bind: draft.title), unit_id = \(bind: draft.unitId),
                  kind = \(bind: draft.kind.rawValue), agreed_cents = \(bind: draft.agreed?.hundredths),
                  realised_cents = \(bind: draft.realised?.hundredths), currency = \(bind: draft.currency),
                  budget_cents = \(bind: draft.budget?.hundredths), actual_cost_cents = \(bind: draft.actualCost?.hundredths),
                  source_exchange_id = \(bind: s.exchange), source_notice_id = \(bind: s.notice),
                  source_notice_unit_id = \(bind: s.unit), source_decision_id = \(bind: s.decision),
                  last_update = \(bind: lastUpdate.description), version = version + 1,
                  updated_at = \(bind: Timestamp.string(time))
                WHERE id = \(bind: id)
                """
            ).run()
            try await sql.raw("DELETE FROM project_partners WHERE project_id = \(bind: id)").run()
            try await Self.writePartners(draft.partnerIds, projectId: id, sql: sql)
            var after = before
            after.draft = draft
            after.version += 1
            after.lastUpdate = lastUpdate
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .update, entityType: .project, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: after.auditValues)),
                at: time, sql: sql)
            return after
        }
    }

    /// Deletes project `id` with its partners' links, history and notes; audited with its values.
    public func delete(id: Int64, expectedVersion: Int?, by actor: AuditActor) async throws {
        let time = now()
        try await database.writeTransaction(locking: Self.tables) { sql in
            let before = try await Self.current(id: id, expectedVersion: expectedVersion, sql: sql)
            try await sql.raw("DELETE FROM projects WHERE id = \(bind: id)").run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .delete, entityType: .project, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: nil)),
                at: time, sql: sql)
        }
    }

    /// Project `id` as stored, refusing a missing one and a stale `expectedVersion`.
    static func current(id: Int64, expectedVersion: Int?, sql: any SQLDatabase) async throws -> CooperationProject {
        guard let project = try await project(id: id, sql: sql) else { throw ProjectError.notFound }
        if let expectedVersion, expectedVersion != project.version {
            throw ProjectError.staleVersion(current: project.version)
        }
        return project
    }

    /// Refuses a partner, unit or source that does not exist, and an inactive unit unless it is `storedUnit` (the
    /// project's unit before an edit: a project keeps a unit deactivated since).
    static func check(_ draft: ProjectDraft, storedUnit: Int64? = nil, sql: any SQLDatabase) async throws {
        let known = Set(
            try await sql.raw("SELECT id FROM partners WHERE id IN (\(binds: draft.partnerIds))").all(
                decodingColumn: "id", as: Int64.self))
        if let missing = draft.partnerIds.first(where: { !known.contains($0) }) {
            throw ProjectError.unknownPartner(missing)
        }
        let active = try await sql.raw("SELECT active FROM units WHERE id = \(bind: draft.unitId)").first(
            decodingColumn: "active", as: Int.self)
        if active == nil || (active == 0 && draft.unitId != storedUnit) { throw ProjectError.unknownUnit(draft.unitId) }
        guard let source = draft.source else { return }
        let found: SQLQueryString =
            switch source {
            case .exchange(let id): "SELECT id FROM exchanges WHERE id = \(bind: id)"
            case .decision(let id): "SELECT id FROM meeting_decisions WHERE id = \(bind: id)"
            case .noticeAnswer(let notice, let unit):
                "SELECT notice_id FROM notice_responses WHERE notice_id = \(bind: notice) AND unit_id = \(bind: unit)"
            }
        if try await sql.raw(found).first() == nil { throw ProjectError.unknownSource(source) }
    }

    /// The source columns' values: exchange, notice and its unit, decision.
    static func sourceColumns(_ source: ProjectSource?) -> (
        exchange: Int64?, notice: Int64?, unit: Int64?, decision: Int64?
    ) {
        switch source {
        case .exchange(let id): (id, nil, nil, nil)
        case .noticeAnswer(let notice, let unit): (nil, notice, unit, nil)
        case .decision(let id): (nil, nil, nil, id)
        case nil: (nil, nil, nil, nil)
        }
    }

    /// Writes the partner links of project `projectId`, in order.
    static func writePartners(_ partners: [Int64], projectId: Int64, sql: any SQLDatabase) async throws {
        for (index, partner) in partners.enumerated() {
            try await sql.raw(
                """
                INSERT INTO project_partners (project_id, partner_id, position)
                VALUES (\(bind: projectId), \(bind: partner), \(bind: index + 1))
                """
            ).run()
        }
    }

    /// Writes one stage change row.
    static func insertChange(_ change: ProjectStageChange, projectId: Int64, stamp: String, sql: any SQLDatabase)
        async throws
    {
        try await sql.raw(
            """
            INSERT INTO project_stage_changes (project_id, stage, date, reason, created_by, created_at)
            VALUES (\(bind: projectId), \(bind: change.stage.rawValue), \(bind: change.date.description),
              \(bind: change.reason), \(bind: change.by), \(bind: stamp))
            """
        ).run()
    }
}
