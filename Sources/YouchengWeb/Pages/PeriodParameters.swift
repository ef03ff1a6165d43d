import YouchengCore
import YouchengStore

/// The parameters the dormant and activity pages share: `home` (code or name), days (`as_of`, `from`, `to`) and
/// `years`; anything unreadable is a 400 naming the parameter.
struct PeriodParameters: Sendable {
    let query: QueryString
    let reference: ReferenceData

    /// The home locality, if given.
    func home() throws -> Locality? {
        guard let text = query["home"]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        switch reference.localities.resolve(text) {
        case .success(let locality): return locality
        case .failure(let error): throw WebError.badRequest(error.message, field: "home")
        }
    }

    /// The day in parameter `name`, or `fallback` when absent or empty.
    func day(_ name: String, default fallback: Day) throws -> Day {
        guard let text = query[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return fallback }
        guard let day = Day(parsing: text) else {
            throw WebError.badRequest(
                Bilingual(
                    zh: "参数 \(name)「\(text)」应为日期 YYYY-MM-DD",
                    en: "parameter \(name): \"\(text)\" must be a date YYYY-MM-DD"),
                field: name)
        }
        return day
    }

    /// A whole number from `range` in parameter `name`, or nil when absent or empty.
    func number(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = query[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text), range.contains(value) else {
            throw WebError.badRequest(
                Bilingual(
                    zh: "参数 \(name)「\(text)」应为 \(range.lowerBound) 到 \(range.upperBound) 的整数",
                    en:
                        "parameter \(name): \"\(text)\" must be a whole number from \(range.lowerBound) to \(range.upperBound)"
                ),
                field: name)
        }
        return value
    }
}

extension WebDependencies {
    /// The dormant list, activity and compliance queries over this application's stores.
    var reports: ExchangeReports {
        ExchangeReports(
            registry: repository, exchanges: exchanges, units: accounts.units, settings: settings, reference: reference)
    }

    /// Today as a day.
    var todayDay: Day { Day(today) ?? Day(year: 2000, month: 1, day: 1)! }
}
