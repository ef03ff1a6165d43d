import SQLKit
import YouchengCore

extension Backup {
    /// What is wrong with the database's storage, empty when nothing is. SQLite: `PRAGMA integrity_check` and
    /// `PRAGMA foreign_key_check`. PostgreSQL checks its pages and constraints itself; there every table is read
    /// through (by `summaries`, which the caller runs too), which fails on a damaged one.
    public static func integrityProblems(_ database: Database) async throws -> [String] {
        guard database.dialect == .sqlite else { return [] }
        return try await database.read { sql in
            let pages = try await sql.raw("PRAGMA integrity_check").all().map { row in
                try row.decode(column: "integrity_check", as: String.self)
            }
            let orphans = try await sql.raw("PRAGMA foreign_key_check").all().map { row in
                let table = try row.decode(column: "table", as: String.self)
                let parent = try row.decode(column: "parent", as: String.self)
                let rowid = try row.decode(column: "rowid", as: Int64?.self).map(String.init) ?? "?"
                return "\(table) rowid \(rowid) → \(parent)"
            }
            return (pages == ["ok"] ? [] : pages) + orphans
        }
    }
}
