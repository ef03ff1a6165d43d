import Foundation
import SQLKit
import YouchengCore

/// Deployment settings kept in the database (compliance rules, the dormant threshold); changes are audited.
public struct SettingsStore: Sendable {
    let database: Database
    let now: @Sendable () -> Date

    /// Creates the store; `now` is injectable so tests fix the clock.
    public init(database: Database, now: @escaping @Sendable () -> Date = { Date() }) {
        self.database = database
        self.now = now
    }

    /// The other cities' published figures, kept beside the settings as reference data an administrator enters.
    public var peers: PeerStore { PeerStore(database: database, now: now) }

    /// Every setting with its stored value, or its default.
    public func all() async throws -> [Setting: String] {
        let rows = try await database.read { sql in try await sql.raw("SELECT key, value FROM settings").all()
        }
        var values = Dictionary(uniqueKeysWithValues: Setting.allCases.map { ($0, $0.defaultValue) })
        for row in rows {
            if let setting = Setting(rawValue: try row.decode(column: "key", as: String.self)) {
                values[setting] = try row.decode(column: "value", as: String.self)
            }
        }
        return values
    }

    /// The compliance rules the settings say.
    public func complianceRules() async throws -> ComplianceRules { ComplianceRules(settings: try await all()) }

    /// The dormant threshold in years.
    public func dormantYears() async throws -> Int {
        Int(try await all()[.dormantYears] ?? "") ?? 3
    }

    /// The days without an update after which an open cooperation project is stalled.
    public func stalledDays() async throws -> Int {
        Int(try await all()[.stalledDays] ?? "") ?? ProjectRules.defaultStalledDays
    }

    /// Checks and stores `text` for `setting`, auditing the change; returns the value stored.
    @discardableResult
    public func set(_ setting: Setting, to text: String, actor: AuditActor) async throws -> String {
        let value = try setting.validate(text).get()
        let time = now()
        let stamp = Timestamp.string(time)
        return try await database.writeTransaction(locking: ["settings"]) { sql in
            let before =
                try await sql.raw("SELECT value FROM settings WHERE key = \(bind: setting.rawValue)").first(
                    decodingColumn: "value", as: String.self) ?? setting.defaultValue
            guard before != value else { return value }
            try await sql.raw("DELETE FROM settings WHERE key = \(bind: setting.rawValue)").run()
            try await sql.raw(
                "INSERT INTO settings (key, value, updated_at) VALUES (\(bind: setting.rawValue), \(bind: value), \(bind: stamp))"
            ).run()
            try await AuditStore.append(
                AuditEvent(
                    actor: actor, action: .update, entityType: .setting, entityId: setting.rawValue,
                    changes: [FieldChange(field: setting.rawValue, before: before, after: value)]), at: time, sql: sql)
            return value
        }
    }
}
