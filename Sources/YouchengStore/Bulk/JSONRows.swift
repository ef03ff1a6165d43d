import Foundation
import SQLKit
import YouchengCore

/// Rows for one `INSERT … SELECT`, carried in a single bound array (one array of values a row) instead of one
/// binding a value: for an import's tens of thousands of rows, building, encoding and sending a binding per value
/// cost the program more than the database spends storing them, and the database reads the array in C. PostgreSQL
/// is sent JSON text; SQLite its binary JSON (JSONB, see `JSONRows+Binary.swift`), which it reads without parsing
/// text: with JSON text, SQLite parsed the array, wrote each row back out as text and parsed that again for every
/// column, a third of its time storing an import.
struct JSONRows {
    /// A value of a row: text or an integer, nil for NULL.
    enum Value {
        /// A text value.
        case text(String?)
        /// An integer value.
        case integer(Int64?)
    }

    /// How a column is read from the array: as text, or as an integer (PostgreSQL casts it; SQLite keeps the JSON
    /// number's type).
    enum Kind {
        /// Read as text.
        case text
        /// Read as a 64-bit integer.
        case integer
    }

    /// How many rows one statement carries: bounded only so the one bound value stays a few megabytes.
    static let batchSize = 10_000

    /// Whether the rows are written as SQLite's JSONB rather than JSON text.
    let binary: Bool
    /// The array so far: JSON text without its closing bracket, or JSONB whose outer header's size is written by
    /// ``select(_:dialect:)``.
    var bytes: [UInt8]
    /// How many rows were appended.
    private(set) var count = 0

    /// Empty rows for a statement run on `dialect`'s database: JSONB on SQLite, JSON text elsewhere.
    init(dialect: any SQLDialect) {
        binary = dialect.name == "sqlite"
        bytes = binary ? Self.arrayHeader : [UInt8(ascii: "[")]
    }

    /// Appends one row, its values in the order of the columns the statement reads.
    mutating func append(_ values: [Value]) {
        if binary {
            appendBinary(values)
            count += 1
            return
        }
        if count > 0 { bytes.append(UInt8(ascii: ",")) }
        bytes.append(UInt8(ascii: "["))
        for (n, value) in values.enumerated() {
            if n > 0 { bytes.append(UInt8(ascii: ",")) }
            switch value {
            case .text(let text?): JSONString.append(text, to: &bytes)
            case .integer(let number?): bytes += String(number).utf8
            case .text(nil), .integer(nil): bytes += "null".utf8
            }
        }
        bytes.append(UInt8(ascii: "]"))
        count += 1
    }

    /// `SELECT` of the rows' columns (read as `kinds`, in order), in the order they were appended, for an
    /// `INSERT INTO table (columns) ` to precede: `jsonb_each` on SQLite, `jsonb_array_elements` on PostgreSQL.
    func select(_ kinds: [Kind], dialect: any SQLDialect) -> SQLQueryString {
        let postgres = dialect.name == "postgresql"
        var columns: SQLQueryString = ""
        for (n, kind) in kinds.enumerated() {
            if n > 0 { columns += ", " as SQLQueryString }
            columns += postgres && kind == .integer ? "(value ->> \(literal: n))::bigint" : "value ->> \(literal: n)"
        }
        if binary {
            return "SELECT " + columns + " FROM jsonb_each(\(bind: Data(closedArray()))) ORDER BY key"
        }
        let text = String(decoding: bytes + [UInt8(ascii: "]")], as: UTF8.self)
        return "SELECT " + columns
            + " FROM jsonb_array_elements(\(bind: text)::jsonb) WITH ORDINALITY AS rows(value, n) ORDER BY n"
    }
}
