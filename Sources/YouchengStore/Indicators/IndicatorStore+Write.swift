import Foundation
import SQLKit
import YouchengCore

extension IndicatorStore {
    /// Creates an indicator (id nil) or changes one whose version is `expectedVersion`, auditing the change in the
    /// same transaction. Saving it unchanged writes nothing.
    public func save(_ draft: IndicatorDraft, id: Int64?, expectedVersion: Int?, actor: AuditActor) async throws
        -> Indicator
    {
        let stamp = Timestamp.string(now())
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            var before: Indicator?
            if let id {
                guard let stored = try await Self.indicators(where: "i.id = \(bind: id)", sql: sql).first else {
                    throw IndicatorError.notFound
                }
                if let expectedVersion, expectedVersion != stored.version {
                    throw IndicatorError.staleVersion(current: stored.version)
                }
                if stored.draft == draft { return stored }
                before = stored
            }
            let other = try await sql.raw("SELECT id FROM indicators WHERE code = \(bind: draft.code)")
                .first(decodingColumn: "id", as: Int64.self)
            if let other, other != id { throw IndicatorError.duplicateCode(draft.code) }
            let formula = draft.formula?.rawValue ?? IndicatorDraft.manual
            let savedId: Int64
            if let id {
                try await sql.raw(
                    """
                    UPDATE indicators SET code = \(bind: draft.code), category = \(bind: draft.category),
                      name_zh = \(bind: draft.nameZh), name_en = \(bind: draft.nameEn), measure = \(bind: draft.measure),
                      direction = \(bind: draft.direction.rawValue), formula = \(bind: formula),
                      position = \(bind: draft.position), version = version + 1, updated_at = \(bind: stamp)
                    WHERE id = \(bind: id)
                    """
                ).run()
                savedId = id
            } else {
                let inserted = try await sql.raw(
                    """
                    INSERT INTO indicators (code, category, name_zh, name_en, measure, direction, formula, position,
                      version, created_at, updated_at)
                    VALUES (\(bind: draft.code), \(bind: draft.category), \(bind: draft.nameZh), \(bind: draft.nameEn),
                      \(bind: draft.measure), \(bind: draft.direction.rawValue), \(bind: formula), \(bind: draft.position),
                      1, \(bind: stamp), \(bind: stamp))
                    RETURNING id
                    """
                ).first(decodingColumn: "id", as: Int64.self)
                guard let inserted else { throw IndicatorError.notFound }
                savedId = inserted
            }
            if draft.formula != nil {
                // A computed indicator keeps its targets but has no hand-entered values.
                try await sql.raw(
                    "UPDATE indicator_years SET value = NULL, source = '' WHERE indicator_id = \(bind: savedId)"
                ).run()
            }
            guard let after = try await Self.indicators(where: "i.id = \(bind: savedId)", sql: sql).first else {
                throw IndicatorError.notFound
            }
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: before == nil ? .create : .update, entityType: .indicator,
                    entityId: String(savedId),
                    changes: FieldChange.changes(from: before?.auditValues, to: after.auditValues)),
                at: time, sql: sql)
            return after
        }
    }

    /// Deletes indicator `id` at `expectedVersion` (any, when nil) with its yearly figures, auditing its last values.
    public func delete(id: Int64, expectedVersion: Int?, actor: AuditActor) async throws -> Indicator {
        let time = now()
        return try await database.writeTransaction(locking: Self.tables) { sql in
            guard let before = try await Self.indicators(where: "i.id = \(bind: id)", sql: sql).first else {
                throw IndicatorError.notFound
            }
            if let expectedVersion, expectedVersion != before.version {
                throw IndicatorError.staleVersion(current: before.version)
            }
            try await sql.raw("DELETE FROM indicator_years WHERE indicator_id = \(bind: id)").run()
            try await sql.raw("DELETE FROM indicators WHERE id = \(bind: id)").run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .delete, entityType: .indicator, entityId: String(id),
                    changes: FieldChange.changes(from: before.auditValues, to: nil)), at: time, sql: sql)
            return before
        }
    }

    /// Sets an indicator's figures for a year (a row with neither target nor value is removed), auditing the change
    /// under entity id `indicatorId/year`. Setting the same figures writes nothing.
    public func setYear(_ figures: IndicatorYear, actor: AuditActor) async throws {
        let time = now()
        let stamp = Timestamp.string(time)
        try await database.writeTransaction(locking: Self.tables) { sql in
            guard try await Self.indicators(where: "i.id = \(bind: figures.indicatorId)", sql: sql).first != nil else {
                throw IndicatorError.notFound
            }
            let row = try await sql.raw(
                """
                SELECT target, value, source FROM indicator_years
                WHERE indicator_id = \(bind: figures.indicatorId) AND year = \(bind: figures.year)
                """
            ).first()
            let before = try row.map { row in
                IndicatorYear(
                    indicatorId: figures.indicatorId, year: figures.year,
                    target: try row.decode(column: "target", as: String?.self).flatMap(Double.init),
                    value: try row.decode(column: "value", as: String?.self).flatMap(Double.init),
                    source: try row.decode(column: "source", as: String.self))
            }
            let empty = figures.target == nil && figures.value == nil && figures.source.isEmpty
            if before == figures || (before == nil && empty) { return }
            try await sql.raw(
                """
                DELETE FROM indicator_years WHERE indicator_id = \(bind: figures.indicatorId)
                  AND year = \(bind: figures.year)
                """
            ).run()
            if !empty {
                try await sql.raw(
                    """
                    INSERT INTO indicator_years (indicator_id, year, target, value, source, updated_by, updated_at)
                    VALUES (\(bind: figures.indicatorId), \(bind: figures.year), \(bind: figures.target.map { String(describing: $0) }),
                      \(bind: figures.value.map { String(describing: $0) }), \(bind: figures.source), \(bind: actor.username), \(bind: stamp))
                    """
                ).run()
            }
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: before == nil ? .create : (empty ? .delete : .update),
                    entityType: .indicatorYear, entityId: "\(figures.indicatorId)/\(figures.year)",
                    changes: FieldChange.changes(from: before?.auditValues, to: empty ? nil : figures.auditValues)),
                at: time, sql: sql)
        }
    }
}
