import Foundation
import SQLKit
import YouchengCore

/// Reads a table's rows as backup values, a page at a time, in its key order: integer keys by number, text keys by
/// their bytes (PostgreSQL's "C" collation, SQLite's BINARY), so both databases give the same order.
enum TableRows {
    /// How many rows one query reads.
    static let pageSize = 1000

    /// Up to `limit` rows of `columns` from `offset` on.
    static func page(
        _ shape: TableShape, columns: [String], kinds: [ColumnKind], offset: Int, limit: Int = pageSize,
        _ sql: any SQLDatabase, dialect: Database.Dialect
    ) async throws -> [[BackupValue]] {
        let order = shape.key.map { column -> SQLQueryString in
            let isText = shape.kinds[shape.columns.firstIndex(of: column) ?? 0] == .text
            return dialect == .postgres && isText ? "\(ident: column) COLLATE \"C\"" : "\(ident: column)"
        }.joined(separator: ", ")
        let query: SQLQueryString =
            "SELECT \(idents: columns, joinedBy: ", ") FROM \(ident: shape.name) ORDER BY \(order) LIMIT \(literal: limit) OFFSET \(literal: offset)"
        return try await sql.raw(query).all().map { row in
            try zip(columns, kinds).map { try value(row, $0.0, $0.1) }
        }
    }

    /// One value, read as its column's kind.
    static func value(_ row: any SQLRow, _ column: String, _ kind: ColumnKind) throws -> BackupValue {
        if try row.decodeNil(column: column) { return .null }
        switch kind {
        case .integer: return .integer(try row.decode(column: column, as: Int64.self))
        case .real: return .real(try row.decode(column: column, as: Double.self))
        case .text: return .text(try row.decode(column: column, as: String.self))
        case .bytes: return .bytes([UInt8](try row.decode(column: column, as: Data.self)))
        }
    }

    /// The row count and SHA-256 of `columns` of a table, read the way a backup reads it.
    static func summary(
        _ shape: TableShape, columns: [String], kinds: [ColumnKind], _ sql: any SQLDatabase,
        dialect: Database.Dialect
    ) async throws -> TableSummary {
        var hash = SHA256()
        var count = 0
        while true {
            let rows = try await page(shape, columns: columns, kinds: kinds, offset: count, sql, dialect: dialect)
            for row in rows { hash.update(BackupLine.encode(row) + "\n") }
            count += rows.count
            if rows.count < pageSize { break }
        }
        return TableSummary(table: shape.name, rows: count, sha256: hash.hexDigest())
    }
}

/// A table's row count and content hash (SHA-256 of its rows' canonical lines in key order).
public struct TableSummary: Sendable, Equatable, Codable {
    /// The table.
    public var table: String
    /// How many rows it has.
    public var rows: Int
    /// The hash, 64 hexadecimal digits.
    public var sha256: String
}
