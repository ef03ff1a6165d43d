import YouchengCore

/// The one reader of the parameters pages and API routes share: `home` (code or name), dates (`as_of` or `asOf`,
/// `from`, `to`), `years` and other whole numbers. Every value is trimmed the same way; anything unreadable is a
/// 400 naming the parameter, with the same code on every route (`invalid_home`, `invalid_parameter`).
struct PageParameters: Sendable {
    let query: QueryString
    let reference: ReferenceData

    /// The names the as-of day is accepted under, the first the one forms send.
    static let asOfNames = ["as_of", "asOf"]

    /// The trimmed text of parameter `name` in `query`, or "" when absent.
    static func text(_ name: String, in query: QueryString) -> String {
        query[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
    }

    /// The as-of date as written in `query`, from `as_of` or else `asOf`; "" when neither is given.
    static func asOfText(_ query: QueryString) -> String {
        asOfNames.lazy.map { text($0, in: query) }.first { !$0.isEmpty } ?? ""
    }

    /// The trimmed text of parameter `name`, or "" when absent.
    func text(_ name: String) -> String { Self.text(name, in: query) }

    /// The home as written (trimmed), "" when absent.
    var homeText: String { text("home") }

    /// The home locality, or nil when absent or empty; unknown or ambiguous is refused as `invalid_home`.
    func home() throws(FieldError) -> Locality? {
        let text = homeText
        guard !text.isEmpty else { return nil }
        return try reference.localities.homeParameter(text)
    }

    /// The as-of date as written, from `as_of` or else `asOf`; "" when neither is given.
    var asOfText: String { Self.asOfText(query) }

    /// The name the as-of date was given under (for messages), `as_of` when neither.
    private var asOfName: String {
        Self.asOfNames.first { !text($0).isEmpty } ?? Self.asOfNames[0]
    }

    /// The as-of day, or `fallback` when absent.
    func asOfDay(default fallback: Day) throws(FieldError) -> Day {
        try day(asOfName, default: fallback)
    }

    /// The as-of date (a year, a month or a day), or `fallback` when absent.
    func asOfDate(default fallback: PartialDate) throws(FieldError) -> PartialDate {
        let text = asOfText
        guard !text.isEmpty else { return fallback }
        guard let date = PartialDate(parsing: text) else { throw Self.refusal(asOfName, text, Self.dateRule) }
        return date
    }

    /// The day in parameter `name` (`from`, `to`), or `fallback` when absent or empty.
    func day(_ name: String, default fallback: Day) throws(FieldError) -> Day {
        let text = text(name)
        guard !text.isEmpty else { return fallback }
        guard let day = Day(parsing: text) else {
            throw Self.refusal(name, text, Bilingual(zh: "应为日期 YYYY-MM-DD", en: "must be a date YYYY-MM-DD"))
        }
        return day
    }

    /// The period `from` … `to`, each defaulting as given (`to`'s default may depend on `from`); `from` after `to`
    /// is refused naming `from`.
    func period(from fromDefault: Day, to toDefault: (Day) -> Day) throws(FieldError) -> (from: Day, to: Day) {
        let from = try day("from", default: fromDefault)
        let to = try day("to", default: toDefault(from))
        guard from <= to else {
            throw FieldError(
                code: "invalid_parameter", field: "from",
                message: Bilingual(zh: "起始日期 \(from) 晚于截止日期 \(to)", en: "from \(from) is after to \(to)"))
        }
        return (from, to)
    }

    /// The silence in years (`years`) within `DormantRule.yearsRange`, or nil when absent.
    func years() throws(FieldError) -> Int? {
        try number("years", in: DormantRule.yearsRange)
    }

    /// A whole number from `range` in parameter `name`, or nil when absent or empty.
    func number(_ name: String, in range: ClosedRange<Int>) throws(FieldError) -> Int? {
        let text = text(name)
        guard !text.isEmpty else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw Self.refusal(
                name, text,
                Bilingual(
                    zh: "应为 \(range.lowerBound) 到 \(range.upperBound) 的整数",
                    en: "must be a whole number from \(range.lowerBound) to \(range.upperBound)"))
        }
        return value
    }

    private static let dateRule = Bilingual(zh: "不是有效日期", en: "is not a valid date")

    private static func refusal(_ name: String, _ text: String, _ rule: Bilingual) -> FieldError {
        FieldError(
            code: "invalid_parameter", field: name,
            message: Bilingual(zh: "参数 \(name)「\(text)」\(rule.zh)", en: "parameter \(name): \"\(text)\" \(rule.en)"))
    }
}
