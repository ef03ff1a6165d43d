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

    /// TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, each line break (CRLF, LF or CR) as
    /// `\n`, other control characters (which TEXT may not hold) dropped. Per Unicode scalar, as calendar programs
    /// read it: a comma followed by a combining mark is one `Character` but still a comma to them.
    static func escape(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\\", ";", ",": out.append(contentsOf: ["\\", scalar])
            case "\n" where afterCR: continue
            case "\r", "\n": out.append(contentsOf: "\\n".unicodeScalars)
            case "\u{0}"..."\u{8}", "\u{B}"..."\u{1F}", "\u{7F}": continue
            default: out.append(scalar)
            }
        }
        return String(out)
    }

    /// A content line folded so no line exceeds 75 octets, continuation lines starting with a space; never inside a
    /// UTF-8 sequence. Folded between Unicode scalars, not `Character`s: a character with many combining marks can
    /// be longer than a line.
    static func fold(_ line: String) -> String {
        var out: [String] = []
        var current = String.UnicodeScalarView()
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = UTF8.width(scalar)
            let limit = out.isEmpty ? 75 : 74  // continuation lines carry the leading space
            if octets + size > limit {
                out.append(String(current))
                current = String.UnicodeScalarView()
                octets = 0
            }
            current.append(scalar)
            octets += size
        }
        out.append(String(current))
        return out.joined(separator: "\r\n ")
    }
}
