/// The rules outgoing delegations are checked against. Defaults: at most 3 countries; 1 country at most 5 days,
/// 2 countries 8, 3 countries 10 (days = end − start + 1); no group-size limit unless one is set.
public struct ComplianceRules: Sendable, Hashable, Codable {
    /// The most countries one trip may visit.
    public var maxCountries: Int
    /// The most days for a trip to 1, 2, 3 … countries (index 0 is 1 country); beyond the list, the last value.
    public var maxDaysByCountries: [Int]
    /// The largest delegation, if limited.
    public var maxPeople: Int?

    /// Creates rules; the defaults are the usual national ones.
    public init(maxCountries: Int = 3, maxDaysByCountries: [Int] = [5, 8, 10], maxPeople: Int? = nil) {
        self.maxCountries = maxCountries
        self.maxDaysByCountries = maxDaysByCountries
        self.maxPeople = maxPeople
    }

    /// The most days allowed for a trip to `countries` countries (at least one counted).
    public func maxDays(countries: Int) -> Int? {
        guard let last = maxDaysByCountries.last else { return nil }
        let index = max(1, countries) - 1
        return index < maxDaysByCountries.count ? maxDaysByCountries[index] : last
    }

    /// The rules `draft` breaks; empty when it keeps them or is not an outgoing delegation.
    public func check(_ draft: ExchangeDraft) -> [ComplianceBreach] {
        guard draft.kind == .outgoingDelegation else { return [] }
        var breaches: [ComplianceBreach] = []
        let countries = Set(draft.countries).count
        if countries > maxCountries {
            breaches.append(.tooManyCountries(countries: countries, limit: maxCountries))
        }
        if let limit = maxDays(countries: countries), draft.days > limit {
            breaches.append(.tooManyDays(days: draft.days, countries: max(1, countries), limit: limit))
        }
        let people = draft.people ?? draft.members.count
        if let maxPeople, people > maxPeople {
            breaches.append(.tooManyPeople(people: people, limit: maxPeople))
        }
        return breaches
    }
}

/// A rule an outgoing delegation breaks, with the figures.
public enum ComplianceBreach: Sendable, Hashable {
    /// More countries than allowed.
    case tooManyCountries(countries: Int, limit: Int)
    /// More days than allowed for that many countries.
    case tooManyDays(days: Int, countries: Int, limit: Int)
    /// A larger group than allowed.
    case tooManyPeople(people: Int, limit: Int)

    /// A stable code: `countries`, `days`, `people`.
    public var code: String {
        switch self {
        case .tooManyCountries: "countries"
        case .tooManyDays: "days"
        case .tooManyPeople: "people"
        }
    }

    /// The rule and the figures in both languages.
    public var message: Bilingual {
        switch self {
        case .tooManyCountries(let countries, let limit):
            Bilingual(
                zh: "出访 \(countries) 国，超过 \(limit) 国的上限", en: "\(countries) countries, more than the limit of \(limit)")
        case .tooManyDays(let days, let countries, let limit):
            Bilingual(
                zh: "出访 \(countries) 国共 \(days) 天，超过 \(limit) 天的上限（含抵离当日）",
                en:
                    "\(days) days in \(countries) \(countries == 1 ? "country" : "countries"), more than the limit of \(limit) (arrival and departure days included)"
            )
        case .tooManyPeople(let people, let limit):
            Bilingual(zh: "团组 \(people) 人，超过 \(limit) 人的上限", en: "\(people) people, more than the limit of \(limit)")
        }
    }
}
