import Foundation

/// A date known to the year, the month or the day, kept at the precision it was written with.
public struct PartialDate: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month (1–12), if known.
    public let month: Int?
    /// The day of the month, if known (only with a month).
    public let day: Int?

    /// Creates a date; nil when the parts do not make a real calendar date or the year is outside 1900–2100.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1900...2100).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The ISO form at its precision: `1985`, `1985-03`, `1985-03-12`; also how it is stored.
    public var description: String {
        // Years are four digits (1900–2100); months and days get their leading zero. Written without
        // `String(format:)`, which costs a formatter per call, because lists print thousands of dates.
        var s = String(year)
        if let month { s += (month < 10 ? "-0" : "-") + String(month) }
        if let day { s += (day < 10 ? "-0" : "-") + String(day) }
        return s
    }

    /// How the date reads in `language`: `1985年3月12日` or `1985-03-12`.
    public func display(_ language: Language) -> String {
        guard language == .zh else { return description }
        var s = "\(year)年"
        if let month { s += "\(month)月" }
        if let day { s += "\(day)日" }
        return s
    }

    /// The first day the date can mean, as `(year, month, day)`; for comparisons with full dates.
    public var earliest: (year: Int, month: Int, day: Int) { (year, month ?? 1, day ?? 1) }

    /// Earlier periods first; a year comes before its months, a month before its days.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let l = lhs.earliest
        let r = rhs.earliest
        // The parts known break a tie (as the text's length did, without writing the text at each comparison: the
        // dormant list sorts a thousand findings by it).
        return (l.year, l.month, l.day, lhs.knownParts) < (r.year, r.month, r.day, rhs.knownParts)
    }

    /// 1 for a year, 2 with a month, 3 with a day.
    private var knownParts: Int { 1 + (month == nil ? 0 : 1) + (day == nil ? 0 : 1) }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension PartialDate {
    /// Reads the stored ISO form only (`1985`, `1985-03`, `1985-03-12`), byte by byte: loading a registry reads
    /// tens of thousands of them, and `init(parsing:)` trims and searches each as text. Nil for anything else.
    public init?(iso text: String) {
        let length = text.utf8.count
        guard length == 4 || length == 7 || length == 10 else { return nil }
        var parts = (0, 0, 0)
        for (offset, byte) in text.utf8.enumerated() {
            if offset == 4 || offset == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch offset {
            case ..<4: parts.0 = parts.0 * 10 + digit
            case ..<7: parts.1 = parts.1 * 10 + digit
            default: parts.2 = parts.2 * 10 + digit
            }
        }
        self.init(year: parts.0, month: length >= 7 ? parts.1 : nil, day: length == 10 ? parts.2 : nil)
    }

    /// Parses `1985`, `1985-03`, `1985-03-12`, `1985/3/12`, `1985.3.12`, `1985年3月`, `1985年3月12日`, and
    /// an ISO timestamp's date part; nil for anything else or an impossible date.
    public init?(parsing text: String) {
        // Most text read is the stored form (an import's dates, a re-read file): no trimming and splitting for it.
        if let stored = PartialDate(iso: text) {
            self = stored
            return
        }
        var s = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if s.count > 10, s.dropFirst(10).first == "T" || s.dropFirst(10).first == " " { s = String(s.prefix(10)) }
        if s.contains("年") {
            if s.hasSuffix("日") || s.hasSuffix("号") { s.removeLast() }
            s = s.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-")
            if s.hasSuffix("-") { s.removeLast() }
        }
        let parts = s.split(
            separator: s.contains("/") ? "/" : s.contains(".") ? "." : "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
            parts.allSatisfy({ !$0.isEmpty && $0.count <= 4 && $0.allSatisfy(\.isASCII) })
        else { return nil }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count <= 2 })
        else { return nil }
        self.init(
            year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil, day: numbers.count > 2 ? numbers[2] : nil)
    }
}
