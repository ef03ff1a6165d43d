import Foundation
import Testing
import YouchengCore

/// iCalendar output checked as a calendar program would read it: CRLF lines of at most 75 octets, unfolded back to
/// the properties written, text escaped, all-day events ending the day after.
@Suite struct ICalendarTests {
    /// The content lines after unfolding (RFC 5545 §3.1), and whether every physical line was CRLF-ended and short.
    static func unfold(_ text: String) -> (lines: [String], wellFormed: Bool) {
        let physical = text.components(separatedBy: "\r\n")
        let wellFormed =
            text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n")
            && physical.allSatisfy { $0.utf8.count <= 75 }
        var lines: [String] = []
        for line in physical where !line.isEmpty {
            // Scalar by scalar: a fold may fall before a combining mark, which joins the space into one Character.
            if line.unicodeScalars.first == " ", !lines.isEmpty {
                lines[lines.count - 1] += String(line.unicodeScalars.dropFirst())
            } else {
                lines.append(line)
            }
        }
        return (lines, wellFormed)
    }

    let now = Date(timeIntervalSince1970: 1_795_406_400)  // 2026-11-23 04:00 UTC

    @Test func separatorsBeforeACombiningMarkAreEscaped() {
        // `,` and U+0301 are one Character; a calendar program still reads the comma as a separator.
        let event = CalendarEvent(
            uid: "c@youcheng", start: Day(parsing: "2027-03-01")!, end: Day(parsing: "2027-03-01")!,
            summary: "a,\u{301}b;\u{301}c\\\u{301}d\u{1}")

        let (lines, _) = Self.unfold(ICalendar.write([event], name: "友城", now: now))

        let summary = lines.first { $0.hasPrefix("SUMMARY:") }?.unicodeScalars.map(\.value)
        #expect(summary == "SUMMARY:a\\,\u{301}b\\;\u{301}c\\\\\u{301}d".unicodeScalars.map(\.value))
    }

    @Test func aCharacterLongerThanALineIsFoldedBetweenItsScalars() {
        // A quote with 60 combining marks: one Character of 121 octets, more than a line holds.
        let long = "\"" + String(repeating: "\u{301}", count: 60)
        let event = CalendarEvent(
            uid: "d@youcheng", start: Day(parsing: "2027-03-01")!, end: Day(parsing: "2027-03-01")!, summary: long)

        let (lines, wellFormed) = Self.unfold(ICalendar.write([event], name: "友城", now: now))

        #expect(wellFormed)
        let summary = lines.first { $0.hasPrefix("SUMMARY:") }?.unicodeScalars.map(\.value)
        #expect(summary == ("SUMMARY:" + long).unicodeScalars.map(\.value))
    }

    @Test func eventsReadBackWithTheirPropertiesAndAnExclusiveEnd() {
        let long = String(repeating: "友好城市交流", count: 12) + ", with; commas\nand lines"
        let events = [
            CalendarEvent(
                uid: "a@youcheng", start: Day(parsing: "2027-03-01")!, end: Day(parsing: "2027-03-01")!, summary: long),
            CalendarEvent(
                uid: "b@youcheng", start: Day(parsing: "2027-12-30")!, end: Day(parsing: "2027-12-31")!,
                summary: "Trip",
                description: "Nagoya"),
        ]

        let (lines, wellFormed) = Self.unfold(ICalendar.write(events, name: "友城", now: now))

        #expect(wellFormed)
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0") && lines.contains { $0.hasPrefix("PRODID:") })
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2 && lines.filter { $0 == "END:VEVENT" }.count == 2)
        #expect(lines.filter { $0 == "DTSTAMP:20261123T040000Z" }.count == 2)
        #expect(lines.contains("DTSTART;VALUE=DATE:20270301") && lines.contains("DTEND;VALUE=DATE:20270302"))
        // Across the year's end: the day after 31 December.
        #expect(lines.contains("DTEND;VALUE=DATE:20280101"))
        #expect(lines.contains("SUMMARY:" + String(repeating: "友好城市交流", count: 12) + "\\, with\\; commas\\nand lines"))
        #expect(lines.contains("DESCRIPTION:Nagoya"))
    }

    @Test func foldingNeverSplitsACharacter() {
        let text = ICalendar.write(
            [
                CalendarEvent(
                    uid: "x", start: Day(parsing: "2027-01-01")!, end: Day(parsing: "2027-01-01")!,
                    summary: String(repeating: "城", count: 100))
            ],
            name: "n", now: now)

        let physical = text.components(separatedBy: "\r\n")
        #expect(physical.allSatisfy { String(data: Data($0.utf8), encoding: .utf8) != nil && $0.utf8.count <= 75 })
        #expect(physical.filter { $0.hasPrefix(" 城") }.count >= 3)
    }
}
