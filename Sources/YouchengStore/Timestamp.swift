import Foundation

/// Timestamps are stored as ISO 8601 text in UTC, the same in SQLite and PostgreSQL.
enum Timestamp {
    static func string(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    static func now() -> String { string(Date()) }
}
