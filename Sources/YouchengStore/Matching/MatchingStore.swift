import Foundation
import SQLKit
import YouchengCore

/// Matching's own tables, for SQLite and PostgreSQL alike: each home's settings and target shares, and the themes
/// recorded for gazetteer cities; and the reads a suggestion request needs, each one query. Every write and its audit
/// entry are one transaction.
public struct MatchingStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// The tables a matching write locks against other writers.
    static let tables = ["home_match_settings", "home_target_shares", "city_themes"]

    /// Home `code`'s stored settings, or the defaults (version 0) when none are stored; `groups` orders the shares.
    public func settings(home code: String, groups: [CountryGroup]) async throws -> MatchSettings {
        try await database.read { sql in try await Self.settings(home: code, groups: groups, sql: sql) }
    }

    static func settings(home code: String, groups: [CountryGroup], sql: any SQLDatabase) async throws
        -> MatchSettings
    {
        guard
            let row = try await sql.raw(
                "SELECT population, version FROM home_match_settings WHERE home_code = \(bind: code)"
            ).first()
        else { return .defaults(home: code) }
        var shares: [TargetShare] = []
        for share in try await sql.raw(
            "SELECT scope, code, percent FROM home_target_shares WHERE home_code = \(bind: code)"
        ).all() {
            let scope = try share.decodeStored(
                "scope", table: "home_target_shares", idColumn: "home_code", TargetShare.Scope.init(rawValue:))
            shares.append(
                TargetShare(
                    scope, try share.decode(column: "code", as: String.self),
                    percent: try share.decode(column: "percent", as: Int.self)))
        }
        return MatchSettings(
            homeCode: code, population: try row.decode(column: "population", as: Int?.self),
            shares: MatchSettings.ordered(shares, groups: groups),
            version: try row.decode(column: "version", as: Int.self))
    }

    /// Stores `settings` for its home when the stored version is still `expectedVersion` (0: none stored yet; nil:
    /// any); audits what changed. The same values again write nothing.
    public func save(
        _ settings: MatchSettings, expectedVersion: Int?, groups: [CountryGroup], by actor: AuditActor
    ) async throws -> MatchSettings {
        let time = now()
        let stamp = Timestamp.string(time)
        let home = settings.homeCode
        return try await database.writeTransaction(locking: Self.tables) { sql in
            let before = try await Self.settings(home: home, groups: groups, sql: sql)
            if let expectedVersion, expectedVersion != before.version {
                throw MatchingError.staleVersion(current: before.version)
            }
            var after = settings
            after.version = before.version
            if !before.isDefault, after == before { return before }
            after.version = before.version + 1
            if before.isDefault {
                try await sql.raw(
                    """
                    INSERT INTO home_match_settings (home_code, population, version, updated_by, updated_at)
                    VALUES (\(bind: home), \(bind: settings.population), 1, \(bind: actor.username), \(bind: stamp))
                    """
                ).run()
            } else {
                try await sql.raw(
                    """
                    UPDATE home_match_settings SET population = \(bind: settings.population), version = version + 1,
                      updated_by = \(bind: actor.username), updated_at = \(bind: stamp)
                    WHERE home_code = \(bind: home)
                    """
                ).run()
                try await sql.raw("DELETE FROM home_target_shares WHERE home_code = \(bind: home)").run()
            }
            for share in settings.shares {
                try await sql.raw(
                    """
                    INSERT INTO home_target_shares (home_code, scope, code, percent)
                    VALUES (\(bind: home), \(bind: share.scope.rawValue), \(bind: share.code), \(bind: share.percent))
                    """
                ).run()
            }
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: before.isDefault ? .create : .update, entityType: .matchSettings,
                    entityId: home,
                    changes: FieldChange.changes(
                        from: before.isDefault ? nil : before.auditValues, to: after.auditValues)),
                at: time, sql: sql)
            return after
        }
    }
}
