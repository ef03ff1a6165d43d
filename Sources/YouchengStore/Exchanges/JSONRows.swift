import SQLKit
import YouchengCore

/// Rows for one `INSERT … SELECT`, handed to the database as a single JSON array of arrays bound as one value. A
/// multi-row `VALUES` of 2,000 exchanges bound 22,000 values, each encoded and placed one by one, and a 300,000-row
/// import spent more time in that than the database spent storing the rows; SQLite also parsed each statement anew
/// and journaled the index pages it touched once per statement.
struct JSONRows {
    /// A column the rows fill: its name and its PostgreSQL type (SQLite takes each JSON value as it is).
    struct Column {
        let name: String
        let type: String
    }

    /// The rows so far, as the UTF-8 bytes of JSON text.
    private var bytes: [UInt8] = [0x5B]  // [
    /// How many rows.
    private(set) var count = 0
    /// How many values the current row has so far.
    private var fields = 0

    /// Begins a row; its values follow, in the columns' order.
    mutating func row() {
        if count > 0 { bytes += [0x5D, 0x2C] }  // ],
        bytes.append(0x5B)  // [
        count += 1
        fields = 0
    }

    /// A whole number, or null.
    mutating func add(_ value: Int64?) {
        separate()
        bytes += (value.map { String($0) } ?? "null").utf8
    }

    /// A whole number, or null.
    mutating func add(_ value: Int?) {
        add(value.map(Int64.init))
    }

    /// A text, or null.
    mutating func add(_ value: String?) {
        separate()
        if let value { JSONString.append(value, toUTF8: &bytes) } else { bytes += "null".utf8 }
    }

    private mutating func separate() {
        if fields > 0 { bytes.append(0x2C) }  // ,
        fields += 1
    }

    /// The rows as one JSON array.
    var json: String { count == 0 ? "[]" : String(decoding: bytes + [0x5D, 0x5D], as: UTF8.self) }  // ]]

    /// `INSERT INTO table (columns) SELECT …` the rows, in their order, then `suffix` (a `RETURNING` clause); the
    /// rows the statement returns. `table`, the columns and their types are names from this program, never values.
    /// PostgreSQL reads the rows as `jsonb`, parsed once: each `->>` of a `json` value parses its text again.
    func insert(into table: String, _ columns: [Column], suffix: SQLQueryString = "", sql: any SQLDatabase)
        async throws -> [any SQLRow]
    {
        guard count > 0 else { return [] }
        let sqlite = sql.dialect.name == "sqlite"
        var statement: SQLQueryString =
            "INSERT INTO \(ident: table) (\(idents: columns.map(\.name), joinedBy: ", ")) SELECT "
        for (n, column) in columns.enumerated() {
            if n > 0 { statement += ", " as SQLQueryString }
            statement +=
                sqlite
                ? "value ->> \(literal: n)" as SQLQueryString
                : "(value ->> \(literal: n))::\(unsafeRaw: column.type)" as SQLQueryString
        }
        statement +=
            sqlite
            ? " FROM json_each(\(bind: json)) ORDER BY key" as SQLQueryString
            : " FROM jsonb_array_elements(\(bind: json)::jsonb) WITH ORDINALITY AS r(value, n) ORDER BY n"
                as SQLQueryString
        return try await sql.raw(statement + " " + suffix).all()
    }
}
