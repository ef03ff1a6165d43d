import Foundation

/// An all-day event of a calendar feed.
public struct CalendarEvent: Sendable, Hashable {
    /// A stable id, so a calendar updates the event instead of adding it again.
    public var uid: String
    /// The first day.
    public var start: Day
    /// The last day (included).
    public var end: Day
    /// The title.
    public var summary: String
    /// More text, if any.
    public var description: String

    /// Creates an event.
    public init(uid: String, start: Day, end: Day, summary: String, description: String = "") {
        self.uid = uid
        self.start = start
        self.end = end
        self.summary = summary
        self.description = description
    }
}

/// iCalendar (RFC 5545) text for a feed of all-day events: CRLF line ends, lines folded at 75 octets, text escaped.
public enum ICalendar {
    /// The calendar with `events`, stamped `now` (UTC).
    public static func write(_ events: [CalendarEvent], name: String, now: Date) -> String {
        let stamp = utcStamp(now)
        var lines = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Youcheng//Youcheng calendar//ZH", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(name),
        ]
        for event in events {
            // DTEND of an all-day event is the day after the last (exclusive).
            let after = Day(ordinal: event.end.ordinal + 1) ?? event.end
            lines += [
                "BEGIN:VEVENT", "UID:" + escape(event.uid), "DTSTAMP:" + stamp,
                "DTSTART;VALUE=DATE:" + compact(event.start), "DTEND;VALUE=DATE:" + compact(after),
                "SUMMARY:" + escape(event.summary),
            ]
            if !event.description.isEmpty { lines.append("DESCRIPTION:" + escape(event.description)) }
            lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// `20261123`.
    static func compact(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }

    /// `20261123T120000Z`.
    static func utcStamp(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? .current
        let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(
            format: "%04d%02d%02dT%02d%02d%02dZ", p.year ?? 0, p.month ?? 0, p.day ?? 0, p.hour ?? 0, p.minute ?? 0,
            p.second ?? 0)
    }

    /// TEXT escaping: backslash, semicolon, comma, newline.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: ";", with: "\\;")
            .replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: "\r\n", with: "\\n")
            .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\n")
    }

    /// A content line folded so no line exceeds 75 octets, continuation lines starting with a space; never inside a
    /// UTF-8 character.
    static func fold(_ line: String) -> String {
        var out: [String] = []
        var current = ""
        var octets = 0
        for character in line {
            let size = String(character).utf8.count
            let limit = out.isEmpty ? 75 : 74  // continuation lines carry the leading space
            if octets + size > limit {
                out.append(current)
                current = ""
                octets = 0
            }
            current.append(character)
            octets += size
        }
        out.append(current)
        return out.joined(separator: "\r\n ")
    }
}
