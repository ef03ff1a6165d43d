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
    static let all: [Migration] = [Migration.m001Registry]

    static func migrate(_ database: Database) async throws {
        try await database.withConnection { sql in
            try await sql.raw(
                "CREATE TABLE IF NOT EXISTS youcheng_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
            ).run()
        }
        let applied = try await database.withConnection { sql in
            try await sql.raw("SELECT version FROM youcheng_migrations").all(decodingColumn: "version", as: Int.self)
        }
        for migration in all where !applied.contains(migration.version) {
            let statements = database.dialect == .sqlite ? migration.sqlite : migration.postgres
            try await database.transaction { sql in
                for statement in statements { try await sql.raw(SQLQueryString(statement)).run() }
                try await sql.raw(
                    "INSERT INTO youcheng_migrations (version, name, applied_at) VALUES (\(bind: migration.version), \(bind: migration.name), \(bind: Timestamp.now()))"
                ).run()
            }
            database.logger.info("applied migration \(migration.version) \(migration.name)")
        }
    }

    /// The highest migration applied.
    static func currentVersion(_ database: Database) async throws -> Int {
        try await database.withConnection { sql in
            try await sql.raw("SELECT MAX(version) AS v FROM youcheng_migrations").first(decodingColumn: "v", as: Int?.self) ?? nil
        } ?? 0
    }
}
