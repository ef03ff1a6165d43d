import SQLKit
import YouchengCore

/// A table as backups see it: found in the database itself, so a table a new migration adds is backed up, restored
/// and compared without being listed anywhere.
public struct TableShape: Sendable, Equatable {
    /// Its name.
    public var name: String
    /// Its columns, in the table's order.
    public var columns: [String]
    /// What each column holds.
    public var kinds: [ColumnKind]
    /// The primary key's columns (every column when there is none): the order rows are read and hashed in.
    public var key: [String]
    /// The tables its foreign keys point to.
    public var references: [String]
    /// PostgreSQL: the identity column, whose sequence is moved past the restored ids.
    var identity: String?
}

/// Finds the tables of a database and orders them so every table comes after the tables it refers to.
enum TableCatalog {
    /// Youcheng's own bookkeeping, written by the migrations (and the counters by triggers) rather than restored.
    static let skipped: Set<String> = ["youcheng_migrations", "change_counters"]

    /// Every data table, referenced tables first, otherwise by name.
    static func tables(_ sql: any SQLDatabase, dialect: Database.Dialect) async throws -> [TableShape] {
        var shapes: [TableShape] = []
        for name in try await names(sql, dialect: dialect) where !skipped.contains(name) {
            shapes.append(try await shape(name, sql, dialect: dialect))
        }
        return ordered(shapes)
    }

    /// `shapes` with each table after those it refers to (ties by name).
    static func ordered(_ shapes: [TableShape]) -> [TableShape] {
        var left = shapes.sorted { $0.name < $1.name }
        var done: Set<String> = []
        var result: [TableShape] = []
        while !left.isEmpty {
            let ready =
                left.firstIndex { shape in shape.references.allSatisfy { $0 == shape.name || done.contains($0) } }
                ?? 0  // A cycle (none today) cannot be ordered; take the first and let the database judge.
            let next = left.remove(at: ready)
            done.insert(next.name)
            result.append(next)
        }
        return result
    }

    private static func names(_ sql: any SQLDatabase, dialect: Database.Dialect) async throws -> [String] {
        let query: SQLQueryString =
            switch dialect {
            case .sqlite:
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name"
            case .postgres:
                """
                SELECT table_name::text AS name FROM information_schema.tables
                WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY name
                """
            }
        return try await sql.raw(query).all(decodingColumn: "name", as: String.self)
    }

    private static func shape(_ name: String, _ sql: any SQLDatabase, dialect: Database.Dialect) async throws
        -> TableShape
    {
        switch dialect {
        case .sqlite:
            let rows = try await sql.raw(
                "SELECT name, type, pk FROM pragma_table_info(\(bind: name)) ORDER BY cid"
            ).all()
            let columns = try rows.map { try $0.decode(column: "name", as: String.self) }
            let types = try rows.map { try $0.decode(column: "type", as: String.self) }
            let keyed = try rows.map {
                (try $0.decode(column: "pk", as: Int.self), try $0.decode(column: "name", as: String.self))
            }
            .filter { $0.0 > 0 }.sorted { $0.0 < $1.0 }.map(\.1)
            let references = try await sql.raw(
                "SELECT DISTINCT \"table\" AS target FROM pragma_foreign_key_list(\(bind: name))"
            ).all(decodingColumn: "target", as: String.self)
            return TableShape(
                name: name, columns: columns, kinds: types.map(sqliteKind), key: keyed.isEmpty ? columns : keyed,
                references: references.sorted())
        case .postgres:
            return try await postgresShape(name, sql)
        }
    }

    /// SQLite's type affinity rules, applied to a declared column type.
    static func sqliteKind(_ declared: String) -> ColumnKind {
        let type = declared.uppercased()
        if type.contains("INT") { return .integer }
        if type.contains("CHAR") || type.contains("CLOB") || type.contains("TEXT") { return .text }
        if type.isEmpty || type.contains("BLOB") { return .bytes }
        if type.contains("REAL") || type.contains("FLOA") || type.contains("DOUB") { return .real }
        return .text
    }

    /// What a PostgreSQL `data_type` holds.
    static func postgresKind(_ type: String) -> ColumnKind {
        switch type {
        case "bigint", "integer", "smallint": .integer
        case "double precision", "real": .real
        case "bytea": .bytes
        default: .text
        }
    }
}
