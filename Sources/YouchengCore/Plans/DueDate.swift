import Foundation

/// The due dates a plan document writes: a date, a month, a quarter (`2021年第三季度`, `2021Q3`) or a year, each
/// meaning the period's last day.
public enum DueDate {
    /// The day `text` means: the date itself, or the last day of the month, quarter or year it names; nil when it
    /// is none of these.
    public static func parse(_ text: String) -> Day? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let quarter = quarter(trimmed) { return quarter.lastDay }
        var dateText = trimmed
        // `2021年底` / `2021年末` / `2021年年底`: the year's end.
        for suffix in ["年年底", "年底", "年末", "年内"] where dateText.hasSuffix(suffix) {
            dateText = String(dateText.dropLast(suffix.count))
            break
        }
        return PartialDate(parsing: dateText)?.latestDay
    }

    /// The quarter `text` names: `2021Q3`, `2021 Q3`, `2021-Q3`, `2021年第三季度`, `2021年第3季度`, `2021年三季度`.
    public static func quarter(_ text: String) -> Quarter? {
        let s = text.uppercased().filter { $0 != " " && $0 != "-" }
        if let q = s.firstIndex(of: "Q") {
            guard let year = Int(s[..<q]), s[..<q].count == 4, let index = Int(s[s.index(after: q)...]) else {
                return nil
            }
            return Quarter(year: year, index: index)
        }
        guard s.hasSuffix("季度"), let nian = s.firstIndex(of: "年") else { return nil }
        let yearText = s[..<nian]
        guard yearText.count == 4, let year = Int(yearText) else { return nil }
        var middle = String(s[s.index(after: nian)...].dropLast(2))
        if middle.hasPrefix("第") { middle.removeFirst() }
        let numerals = ["一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4]
        guard let index = numerals[middle] else { return nil }
        return Quarter(year: year, index: index)
    }
}
