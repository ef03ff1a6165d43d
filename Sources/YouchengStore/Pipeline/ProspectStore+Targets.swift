import Foundation
import SQLKit
import YouchengCore

extension ProspectStore {
    /// The target of `homeCode` for `year`, if set.
    public func target(homeCode: String, year: Int) async throws -> PipelineTarget? {
        try await database.read { sql in try await Self.target(homeCode: homeCode, year: year, sql: sql) }
    }

    /// Sets (or replaces) the target of its home and year; audited with what changed. The same values write nothing.
    /// Refused (`FieldErrors`) when its figures are out of range.
    public func setTarget(_ target: PipelineTarget, by actor: AuditActor) async throws {
        let problems = target.problems
        guard problems.isEmpty else { throw FieldErrors(errors: problems) }
        let time = now()
        let stamp = Timestamp.string(time)
        try await database.writeTransaction(locking: ["pipeline_targets"]) { sql in
            let before = try await Self.target(homeCode: target.homeCode, year: target.year, sql: sql)
            if before == target { return }
            try await sql.raw(
                "DELETE FROM pipeline_targets WHERE home_code = \(bind: target.homeCode) AND year = \(bind: target.year)"
            ).run()
            try await sql.raw(
                """
                INSERT INTO pipeline_targets (home_code, year, new_min, new_max, total_by_date, total_by_count,
                  localities_by_date, localities_by_count, updated_by, updated_at)
                VALUES (\(bind: target.homeCode), \(bind: target.year), \(bind: target.newPartnerships.min),
                  \(bind: target.newPartnerships.max), \(bind: target.totalBy?.date.description),
                  \(bind: target.totalBy?.count), \(bind: target.localitiesBy?.date.description),
                  \(bind: target.localitiesBy?.count), \(bind: actor.username), \(bind: stamp))
                """
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: before == nil ? .create : .update, entityType: .pipelineTarget,
                    entityId: "\(target.homeCode)/\(target.year)",
                    changes: FieldChange.changes(from: before?.auditValues, to: target.auditValues)),
                at: time, sql: sql)
        }
    }

    static func target(homeCode: String, year: Int, sql: any SQLDatabase) async throws -> PipelineTarget? {
        guard
            let row = try await sql.raw(
                """
                SELECT new_min, new_max, total_by_date, total_by_count, localities_by_date, localities_by_count
                FROM pipeline_targets WHERE home_code = \(bind: homeCode) AND year = \(bind: year)
                """
            ).first()
        else { return nil }
        let table = "pipeline_targets"
        func byDate(_ prefix: String) throws -> PipelineTarget.ByDate? {
            guard
                let date = try row.decodeStoredIfPresent(
                    "\(prefix)_date", table: table, idColumn: nil, { Day(parsing: $0) })
            else { return nil }
            return PipelineTarget.ByDate(date: date, count: try row.decode(column: "\(prefix)_count", as: Int?.self))
        }
        return PipelineTarget(
            homeCode: homeCode, year: year,
            newPartnerships: CountRange(
                min: try row.decode(column: "new_min", as: Int.self),
                max: try row.decode(column: "new_max", as: Int.self)),
            totalBy: try byDate("total_by"), localitiesBy: try byDate("localities_by"))
    }

    /// The progress of `homeCode` in `year` against its target, as of `asOf` (`PipelineProgress`): the home's and
    /// the localities under it partnerships from the registry, its prospects, its direct children as the localities
    /// to cover (a child counts as covered when it or a locality under it has a partnership).
    public func progress(homeCode: String, year: Int, asOf: Day) async throws -> PipelineProgress {
        let localities = registry.reference.localities
        let subtree = localities.subtree(of: homeCode)
        let children = localities.children(of: homeCode).map(\.code)
        var under: [String: String] = [:]
        for child in children {
            for code in localities.subtree(of: child) { under[code] = child }
        }
        let childOf = under
        let target = try await target(homeCode: homeCode, year: year)
        let (partnerships, prospects) = try await database.read { sql in
            let partnerships = try await sql.raw(
                "SELECT id, home_code, established, status FROM partnerships WHERE home_code IN (\(binds: subtree))"
            ).all().map { row in
                let code = try row.decode(column: "home_code", as: String.self)
                return PipelineProgress.Partnership(
                    homeCode: childOf[code] ?? code,
                    established: try row.decodeStoredIfPresent(
                        "established", table: "partnerships", PartialDate.init(iso:)),
                    ended: try row.decode(column: "status", as: String.self) == PartnershipStatus.ended.rawValue)
            }
            let prospects = try await sql.raw(
                "SELECT id, stage, stage_date FROM prospects WHERE home_code IN (\(binds: subtree))"
            ).all().map { row in
                (
                    stage: try row.decodeStored("stage", table: "prospects") { ProspectStage(rawValue: $0) },
                    date: try row.decodeStored("stage_date", table: "prospects") { Day(parsing: $0) }
                )
            }
            return (partnerships, prospects)
        }
        return PipelineProgress(
            homeCode: homeCode, year: year, target: target, partnerships: partnerships, prospects: prospects,
            localitiesUnder: children, asOf: asOf)
    }
}

extension ProspectStore {
    /// The home the pipeline shows when none is asked for: the first (by code) with a target in `year`, else the
    /// one most prospects name (ties by code); nil when there is neither.
    public func defaultHome(year: Int) async throws -> String? {
        try await database.read { sql in
            if let code = try await sql.raw(
                "SELECT home_code FROM pipeline_targets WHERE year = \(bind: year) ORDER BY home_code LIMIT 1"
            ).first(decodingColumn: "home_code", as: String.self) {
                return code
            }
            return try await sql.raw(
                """
                SELECT home_code, COUNT(*) AS n FROM prospects GROUP BY home_code ORDER BY n DESC, home_code LIMIT 1
                """
            ).first(decodingColumn: "home_code", as: String.self)
        }
    }
}
