extension MatchSettings {
    /// The largest population accepted.
    public static let maxPopulation = 2_000_000_000

    /// Reads settings for `home` from text as a form or the API gives it: `population` (digits, optional) and each
    /// share's text by scope and code (empty: no target). Every bad value is reported at once, naming its field
    /// (`population`, `share_continent_europe`, `share_group_BRI-MOU`); continents may not add up to more than 100%.
    /// An unknown continent or group code is refused too.
    public static func validated(
        home: String, population populationText: String, shares texts: [(TargetShare.Scope, String, String)],
        groups: [CountryGroup], version: Int
    ) throws(FieldErrors) -> MatchSettings {
        var errors: [FieldError] = []
        var population: Int?
        let trimmed = populationText.filter { $0 != "," && $0 != "，" && !$0.isWhitespace }
        if !trimmed.isEmpty {
            if let number = Int(trimmed), number > 0, number <= maxPopulation {
                population = number
            } else {
                errors.append(
                    FieldError(
                        code: "invalid_population", field: "population",
                        message: Bilingual(
                            zh: "人口「\(populationText)」应为正整数",
                            en: "population \"\(populationText)\" must be a whole number above 0"
                        )))
            }
        }
        var shares: [TargetShare] = []
        let groupCodes = Set(groups.map(\.code))
        for (scope, code, text) in texts {
            let field = fieldName(scope, code)
            let known = scope == .continent ? Continent(rawValue: code) != nil : groupCodes.contains(code)
            guard known else {
                errors.append(
                    FieldError(
                        code: "unknown_region", field: field,
                        message: Bilingual(
                            zh: "「\(code)」不是已知的大洲或国家组", en: "\"\(code)\" is not a known continent or group")))
                continue
            }
            let value = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
            if value.isEmpty { continue }
            guard let percent = Int(value), (1...99).contains(percent) else {
                errors.append(
                    FieldError(
                        code: "invalid_share", field: field,
                        message: Bilingual(
                            zh: "\(field)「\(text)」应为 1–99 的整数百分比",
                            en: "\(field): \"\(text)\" must be a whole percent from 1 to 99")))
                continue
            }
            shares.append(TargetShare(scope, code, percent: percent))
        }
        let continentSum = shares.filter { $0.scope == .continent }.reduce(0) { $0 + $1.percent }
        if continentSum > 100 {
            errors.append(
                FieldError(
                    code: "shares_over_100", field: fieldName(.continent, Continent.asia.rawValue),
                    message: Bilingual(
                        zh: "各大洲目标占比合计 \(continentSum)%，不能超过 100%",
                        en: "the continents' target shares add up to \(continentSum)%, more than 100%")))
        }
        guard errors.isEmpty else { throw FieldErrors(errors: errors) }
        return MatchSettings(
            homeCode: home, population: population, shares: ordered(shares, groups: groups), version: version)
    }

    /// The form's and API error's field name of a share: `share_continent_europe`, `share_group_EU`.
    public static func fieldName(_ scope: TargetShare.Scope, _ code: String) -> String {
        "share_\(scope.rawValue)_\(code)"
    }

    /// `shares` with continents first (in `Continent` order) and then groups in reference order.
    public static func ordered(_ shares: [TargetShare], groups: [CountryGroup]) -> [TargetShare] {
        let continents = Continent.allCases.map(\.rawValue)
        let groupOrder = groups.map(\.code)
        func rank(_ share: TargetShare) -> Int {
            share.scope == .continent
                ? continents.firstIndex(of: share.code) ?? 99 : 100 + (groupOrder.firstIndex(of: share.code) ?? 99)
        }
        return shares.sorted { rank($0) < rank($1) }
    }
}
