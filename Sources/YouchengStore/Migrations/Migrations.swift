import SQLKit

/// One numbered schema change. Shipped migrations are never edited: a change is a new migration.
struct Migration: Sendable {
    /// Its number; migrations run in this order.
    let version: Int
    /// What it does.
    let name: String
    /// Statements for SQLite.
    let sqlite: [String]
    /// Statements for PostgreSQL.
    let postgres: [String]
}

/// Applies the migrations a database has not had yet, each in its own transaction.
enum Migrator {
    /// Every migration, in order.
    static let all: [Migration] = [
        Migration.m001Registry, Migration.m002Accounts, Migration.m003Exchanges, Migration.m004PartnerCoordinates,
        Migration.m005CalendarAndPeers, Migration.m006PendingImports, Migration.m007PartnerLastExchanges,
        Migration.m008RegistryCounter, Migration.m009ExchangeActivityIndex, Migration.m010PartnerExchangeDays,
        Migration.m011Plans,
        Migration.m012Notices,
        Migration.m013Meetings,
        Migration.m014Pipeline,
        Migration.m015Projects,
        Migration.m016Indicators,
        Migration.m017Matching,
        Migration.m019ExchangeListsWithoutRowid,
    ]

    /// An arbitrary constant naming Youcheng's migration lock on PostgreSQL.
    static let lockKey = 7_251_020_331

    /// Applies pending migrations in one transaction. Two processes starting on a new database at once are
    /// serialized (an advisory lock on PostgreSQL, an immediate transaction on SQLite) and the second finds
    /// nothing left to do.
    static func migrate(_ database: Database) async throws {
        let dialect = database.dialect
        let applied: [Migration] = try await database.writeTransaction(locking: []) { sql in
            if dialect == .postgres { try await sql.raw("SELECT pg_advisory_xact_lock(\(literal: lockKey))").run() }
            try await sql.raw(
                "CREATE TABLE IF NOT EXISTS youcheng_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            ).run()
            let done = Set(
                try await sql.raw("SELECT version FROM youcheng_migrations").all(
                    decodingColumn: "version", as: Int.self))
            var applied: [Migration] = []
            for migration in all where !done.contains(migration.version) {
                for statement in dialect == .sqlite ? migration.sqlite : migration.postgres {
                    try await sql.raw(SQLQueryString(statement)).run()
                }
                try await sql.raw(
                    "INSERT INTO youcheng_migrations (version, name, applied_at) VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Timestamp.now()))"
                ).run()
                applied.append(migration)
            }
            return applied
        }
        for migration in applied { database.logger.info("applied migration \(migration.version) \(migration.name)") }
    }
}
