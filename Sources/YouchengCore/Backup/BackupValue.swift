import Foundation

/// What a column holds, the same on SQLite and PostgreSQL: how a backup reads, writes and compares its values.
public enum ColumnKind: String, Sendable, Codable, CaseIterable {
    /// Whole numbers (SQLite INTEGER; PostgreSQL integer, bigint, smallint).
    case integer
    /// Floating point (SQLite REAL; PostgreSQL double precision, real).
    case real
    /// Text (SQLite TEXT; PostgreSQL text, varchar).
    case text
    /// Bytes (SQLite BLOB; PostgreSQL bytea), written as base64.
    case bytes
}

/// One value of one row, normalised so that the same data reads the same from either database.
public enum BackupValue: Sendable, Equatable {
    /// SQL NULL.
    case null
    /// A whole number.
    case integer(Int64)
    /// A floating-point number (finite).
    case real(Double)
    /// Text.
    case text(String)
    /// Bytes.
    case bytes([UInt8])
}

/// The canonical text of a row: a JSON array, integers as numbers, reals as numbers with a point or exponent, text
/// as JSON strings (only `"`, `\` and control characters escaped, everything else as UTF-8), bytes as
/// `{"base64":"…"}`, NULL as `null`. The per-table hash is over these lines, so it is the same for the same data
/// whichever database it came from.
public enum BackupLine {
    /// The row's line (without the newline).
    public static func encode(_ row: [BackupValue]) -> String {
        var line = "["
        for (index, value) in row.enumerated() {
            if index > 0 { line += "," }
            switch value {
            case .null: line += "null"
            case .integer(let number): line += String(number)
            case .real(let number): line += realText(number)
            case .text(let text): JSONString.append(text, to: &line)
            case .bytes(let bytes): line += "{\"base64\":\"" + Data(bytes).base64EncodedString() + "\"}"
            }
        }
        return line + "]"
    }

    /// A real's text: Swift's shortest form that reads back to the same double, always with a point or exponent.
    static func realText(_ number: Double) -> String {
        let text = "\(number)"
        return text.contains(where: { $0 == "." || $0 == "e" }) ? text : text + ".0"
    }
}
