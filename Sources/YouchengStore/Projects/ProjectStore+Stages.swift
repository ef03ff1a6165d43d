import Foundation
import SQLKit
import YouchengCore

extension ProjectStore {
    /// Moves project `id` to `stage` on `date` with `reason`, by `ProjectRules.checkMove` (recorded on `today`),
    /// when it is still at `expectedVersion` (any when nil). The change is kept in the history and counts as an
    /// update on its date; audited as a change of the project's stage.
    public func changeStage(
        id: Int64, to stage: ProjectStage, date: Day, reason: String, expectedVersion: Int?, today: Day,
        by actor: AuditActor
    ) async throws -> CooperationProject {
        let time = now()
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await database.writeTransaction(locking: Self.tables) { sql in
            let before = try await Self.current(id: id, expectedVersion: expectedVersion, sql: sql)
            let since = before.history.last?.date ?? date
            if let refused = ProjectRules.checkMove(
                from: before.stage, since: since, to: stage, date: date, reason: reason, today: today)
            {
                throw refused
            }
            let change = ProjectStageChange(stage: stage, date: date, reason: reason, by: actor.username)
            let stamp = Timestamp.string(time)
            try await Self.insertChange(change, projectId: id, stamp: stamp, sql: sql)
            let lastUpdate = max(before.lastUpdate, date)
            try await sql.raw(
                """
                UPDATE projects SET stage = \(bind: stage.rawValue), stage_since = \(bind: date.description),
                  last_update = \(bind: lastUpdate.description), version = version + 1, updated_at = \(bind: stamp)
                WHERE id = \(bind: id)
                """
            ).run()
            var after = before
            after.stage = stage
            after.version += 1
            after.lastUpdate = lastUpdate
            after.history.append(change)
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .update, entityType: .project, entityId: String(id),
                    changes: [
                        FieldChange(field: "stage", before: before.stage.rawValue, after: stage.rawValue),
                        FieldChange(field: "date", before: nil, after: date.description),
                        FieldChange(field: "reason", before: nil, after: reason.isEmpty ? nil : reason),
                        FieldChange(
                            field: FieldChange.versionField, before: String(before.version),
                            after: String(after.version)),
                    ].filter { $0.before != $0.after }),
                at: time, sql: sql)
            return after
        }
    }

    /// Adds a note dated `date` (not after `today`) to project `id`; it counts as an update on its date. Audited
    /// as a new note of the project.
    public func addNote(id: Int64, date: Day, text: String, today: Day, by actor: AuditActor) async throws
        -> ProjectNote
    {
        let time = now()
        let stamp = Timestamp.string(time)
        if date > today { throw ProjectError.futureDate(today) }
        if let refused = ProjectRules.noteError(text) { throw refused }
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return try await database.writeTransaction(locking: Self.tables) { sql in
            let before = try await Self.current(id: id, expectedVersion: nil, sql: sql)
            let noteId = try await sql.raw(
                """
                INSERT INTO project_notes (project_id, date, text, created_by, created_at)
                VALUES (\(bind: id), \(bind: date.description), \(bind: text), \(bind: actor.username), \(bind: stamp))
                RETURNING id
                """
            ).first(decodingColumn: "id", as: Int64.self)
            guard let noteId else { throw ProjectError.notFound }
            let lastUpdate = max(before.lastUpdate, date)
            try await sql.raw(
                """
                UPDATE projects SET last_update = \(bind: lastUpdate.description), version = version + 1,
                  updated_at = \(bind: stamp) WHERE id = \(bind: id)
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .update, entityType: .project, entityId: String(id),
                    changes: [
                        FieldChange(field: "note", before: nil, after: "\(date) \(text)"),
                        FieldChange(
                            field: FieldChange.versionField, before: String(before.version),
                            after: String(before.version + 1)),
                    ]),
                at: time, sql: sql)
            return ProjectNote(id: noteId, date: date, text: text, by: actor.username)
        }
    }
}
