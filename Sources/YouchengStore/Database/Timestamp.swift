import Foundation

/// Timestamps are stored as ISO 8601 text in UTC, whole seconds, the same in SQLite and PostgreSQL; text of that one
/// form sorts in time order, so SQL compares it directly.
enum Timestamp {
    static func string(_ date: Date) -> String {
        truncated(date).formatted(.iso8601)
    }

    static func now() -> String { string(Date()) }

    /// `date` without its fraction of a second: what reading back a stored timestamp gives.
    static func truncated(_ date: Date) -> Date {
        Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down))
    }

    /// The date a stored timestamp names; nil for anything else.
    static func date(_ text: String) -> Date? {
        try? Date(text, strategy: .iso8601)
    }
}
