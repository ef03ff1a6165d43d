import Foundation
import SQLKit
import YouchengCore

/// Backups of a whole database in Youcheng's own line format (the same from SQLite and PostgreSQL), restoring them
/// into an empty database of either kind, and copying one database into another (the same two halves without the
/// file between them).
public enum Backup {
    /// Writes a consistent snapshot of `database` to `path` (through a temporary file renamed at the end, so a
    /// failed backup leaves no file that looks whole); returns each table's row count and hash.
    @discardableResult
    public static func write(_ database: Database, to path: String, created: Date = Date()) async throws
        -> [TableSummary]
    {
        let temporary = path + ".partial"
        guard FileManager.default.createFile(atPath: temporary, contents: nil),
            let handle = FileHandle(forWritingAtPath: temporary)
        else {
            throw BackupError(Bilingual(zh: "无法写入文件「\(path)」", en: "cannot write the file \"\(path)\""))
        }
        do {
            let summaries = try await database.snapshot { sql in
                var lines = try await lines(database, sql, created: created)
                var block = Data()
                while let line = try await lines.nextLine() {
                    block.append(contentsOf: line.utf8)
                    block.append(0x0A)
                    if block.count >= 1 << 16 {
                        try handle.write(contentsOf: block)
                        block.removeAll(keepingCapacity: true)
                    }
                }
                try handle.write(contentsOf: block)
                return lines.summaries
            }
            try handle.synchronize()
            try handle.close()
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: temporary, toPath: path)
            return summaries
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// Loads the backup file at `path` into `database`, which must be empty; all or nothing.
    @discardableResult
    public static func restore(from path: String, into database: Database) async throws -> [TableSummary] {
        try await restore(from: try FileLines(path: path), into: database)
    }

    /// Copies everything in `source` into `target`, which must be empty; all or nothing. `source` is read in one
    /// snapshot while it may go on being written.
    @discardableResult
    public static func copy(from source: Database, to target: Database, created: Date = Date()) async throws
        -> [TableSummary]
    {
        try await source.snapshot { sql in
            try await restore(from: try await lines(source, sql, created: created), into: target)
        }
    }

    /// Each table's row count and hash, read in one snapshot the way a backup reads it: what the round trip and the
    /// crash check compare.
    public static func summaries(_ database: Database) async throws -> [TableSummary] {
        try await database.snapshot { sql in
            var result: [TableSummary] = []
            for shape in try await TableCatalog.tables(sql, dialect: database.dialect) {
                result.append(
                    try await TableRows.summary(
                        shape, columns: shape.columns, kinds: shape.kinds, sql, dialect: database.dialect))
            }
            return result
        }
    }

    /// The newest migration this program knows: the schema version a backup it writes names. The highest number
    /// rather than the last in the list, since two branches each adding a migration at the end may merge in either
    /// order.
    public static var schemaVersion: Int { Migrator.all.map(\.version).max() ?? 0 }

    private static func lines(_ database: Database, _ sql: any SQLDatabase, created: Date) async throws
        -> DatabaseLines
    {
        let tables = try await TableCatalog.tables(sql, dialect: database.dialect)
        let schema =
            try await sql.raw("SELECT MAX(version) AS version FROM youcheng_migrations").first(
                decodingColumn: "version", as: Int?.self) ?? nil
        let header = BackupRecord.header(
            schema: schema ?? 0, created: Timestamp.string(created),
            source: database.dialect == .sqlite ? "sqlite" : "postgres")
        return DatabaseLines(sql: sql, dialect: database.dialect, tables: tables, header: header)
    }
}
