import Foundation
import SQLKit
import YouchengCore

/// Prospects of the twinning pipeline with their dated stage history, and the homes' yearly targets, kept in SQL for
/// SQLite and PostgreSQL alike. Each write and its audit entries are one transaction; signing creates the registry
/// partnership in that same transaction.
public struct ProspectStore: Sendable {
    let database: Database
    let registry: RegistryStore
    let now: @Sendable () -> Date

    /// Creates the store over `registry`'s database, reference data and clock (signing writes through it).
    public init(registry: RegistryStore) {
        self.database = registry.database
        self.registry = registry
        self.now = registry.now
    }

    /// The tables a prospect write locks against other writers: its own, and the registry's for signing.
    static let tables = ["prospects", "prospect_stage_changes"] + RegistryStore.registryTables

    static let columns: SQLQueryString = """
        SELECT id, name, name_zh, country, geoname_id, home_code, unit_id, themes, notes, stage, stage_date,
          partnership_id, version, created_by FROM prospects
        """

    /// One prospect with its history.
    public func prospect(id: Int64) async throws -> Prospect? {
        try await database.read { sql in try await Self.prospect(id: id, sql: sql) }
    }

    /// Prospect `id` with its history, read on `sql`.
    static func prospect(id: Int64, sql: any SQLDatabase) async throws -> Prospect? {
        guard
            var prospect = try await sql.raw(columns + " WHERE id = \(bind: id)").first().map({ try Self.prospect($0) })
        else {
            return nil
        }
        prospect.history = try await sql.raw(
            """
            SELECT id, stage, date, reason, by_user FROM prospect_stage_changes WHERE prospect_id = \(bind: id)
            ORDER BY id
            """
        ).all().map { try ProspectStageChange(row: $0, table: "prospect_stage_changes", byColumn: "by_user") }
        return prospect
    }

    /// A prospect without its history, from a row of `columns`.
    static func prospect(_ row: any SQLRow) throws -> Prospect {
        let table = "prospects"
        let themes = try row.decode(column: "themes", as: String.self)
        let draft = ProspectDraft(
            name: try row.decode(column: "name", as: String.self),
            nameZh: try row.decode(column: "name_zh", as: String.self),
            country: try row.decode(column: "country", as: String.self),
            geonameId: try row.decode(column: "geoname_id", as: Int64?.self),
            homeCode: try row.decode(column: "home_code", as: String.self),
            unitId: try row.decode(column: "unit_id", as: Int64.self),
            themes: themes.isEmpty ? [] : themes.components(separatedBy: "\n"),
            notes: try row.decode(column: "notes", as: String.self))
        return Prospect(
            id: try row.decode(column: "id", as: Int64.self), version: try row.decode(column: "version", as: Int.self),
            draft: draft, stage: try row.decodeStored("stage", table: table) { ProspectStage(rawValue: $0) },
            stageDate: try row.decodeStored("stage_date", table: table) { Day(parsing: $0) },
            partnershipId: try row.decode(column: "partnership_id", as: Int64?.self),
            createdBy: try row.decode(column: "created_by", as: String.self))
    }

    /// Appends a stage change of prospect `id` to its history.
    static func recordChange(
        _ change: ProspectStageChange, prospectId id: Int64, stamp: String, sql: any SQLDatabase
    ) async throws {
        try await sql.raw(
            """
            INSERT INTO prospect_stage_changes (prospect_id, stage, date, reason, by_user, at)
            VALUES (\(bind: id), \(bind: change.stage.rawValue), \(bind: change.date.description),
              \(bind: change.reason), \(bind: change.by), \(bind: stamp))
            """
        ).run()
    }

    /// Throws `ProspectError.unknownUnit` unless unit `id` exists and is active.
    static func checkUnit(_ id: Int64, sql: any SQLDatabase) async throws {
        let active = try await sql.raw("SELECT active FROM units WHERE id = \(bind: id)").first(
            decodingColumn: "active", as: Int.self)
        if active != 1 { throw ProspectError.unknownUnit(id) }
    }
}
