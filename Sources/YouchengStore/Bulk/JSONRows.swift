import SQLKit
import YouchengCore

/// Rows for one `INSERT … SELECT`, carried in a single bound JSON array (one array of values a row) instead of one
/// binding a value: for an import's tens of thousands of rows, building, encoding and sending a binding per value
/// cost the program more than the database spends storing them, and the database reads the array in C.
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

    /// How many rows one statement carries: bounded only so the one bound text stays a few megabytes.
    static let batchSize = 10_000

    private var json: [UInt8] = [UInt8(ascii: "[")]
    /// How many rows were appended.
    private(set) var count = 0

    /// Appends one row, its values in the order of the columns the statement reads.
    mutating func append(_ values: [Value]) {
        if count > 0 { json.append(UInt8(ascii: ",")) }
        json.append(UInt8(ascii: "["))
        for (n, value) in values.enumerated() {
            if n > 0 { json.append(UInt8(ascii: ",")) }
            switch value {
            case .text(let text?): JSONString.append(text, to: &json)
            case .integer(let number?): json += String(number).utf8
            case .text(nil), .integer(nil): json += "null".utf8
            }
        }
        json.append(UInt8(ascii: "]"))
        count += 1
    }

    /// `SELECT` of the rows' columns (read as `kinds`, in order), in the order they were appended, for an
    /// `INSERT INTO table (columns) ` to precede: `json_each` on SQLite, `jsonb_array_elements` on PostgreSQL.
    func select(_ kinds: [Kind], dialect: any SQLDialect) -> SQLQueryString {
        let postgres = dialect.name == "postgresql"
        var columns: SQLQueryString = ""
        for (n, kind) in kinds.enumerated() {
            if n > 0 { columns += ", " as SQLQueryString }
            columns += postgres && kind == .integer ? "(value ->> \(literal: n))::bigint" : "value ->> \(literal: n)"
        }
        let text = String(decoding: json + [UInt8(ascii: "]")], as: UTF8.self)
        return postgres
            ? "SELECT " + columns
                + " FROM jsonb_array_elements(\(bind: text)::jsonb) WITH ORDINALITY AS rows(value, n) ORDER BY n"
            : "SELECT " + columns + " FROM json_each(\(bind: text)) ORDER BY key"
    }
}
