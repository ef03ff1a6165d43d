/// A deployment setting kept in the database, with its default and how its text is read.
public enum Setting: String, Sendable, CaseIterable, Hashable, Vocabulary {
    /// The most countries one outgoing trip may visit.
    case maxCountries = "compliance.max_countries"
    /// The most days for 1, 2, 3 … countries, comma-separated (`5,8,10`).
    case maxDays = "compliance.max_days"
    /// The largest outgoing delegation; empty for no limit.
    case maxPeople = "compliance.max_people"
    /// The years of silence that make a partnership dormant.
    case dormantYears = "dormant.years"
    /// The days without an update after which an open cooperation project is stalled.
    case stalledDays = "projects.stalled_days"

    /// The value a new deployment has.
    public var defaultValue: String {
        switch self {
        case .maxCountries: "3"
        case .maxDays: "5,8,10"
        case .maxPeople: ""
        case .dormantYears: "3"
        case .stalledDays: String(ProjectRules.defaultStalledDays)
        }
    }

    /// `text` checked and written canonically, or an error naming the setting.
    public func validate(_ text: String) -> Result<String, FieldError> {
        let value = text.trimmingCharacters(in: .whitespaces)
        let range =
            switch self {
            case .dormantYears: DormantRule.yearsRange
            case .stalledDays: ProjectRules.stalledDaysRange
            default: 1...1000
            }
        func whole(_ part: Substring) -> Int? {
            Int(part.trimmingCharacters(in: .whitespaces)).flatMap { range.contains($0) ? $0 : nil }
        }
        let canonical: String?
        switch self {
        case .maxCountries, .dormantYears, .stalledDays: canonical = whole(Substring(value)).map(String.init)
        case .maxPeople: canonical = value.isEmpty ? "" : whole(Substring(value)).map(String.init)
        case .maxDays:
            let parts = value.split(separator: ",").map(whole)
            canonical =
                !parts.isEmpty && parts.allSatisfy { $0 != nil }
                ? parts.map { String($0!) }.joined(separator: ",") : nil
        }
        guard let canonical else {
            return .failure(
                FieldError(
                    code: "invalid_setting", field: rawValue,
                    message: Bilingual(
                        zh: "设置「\(rawValue)」的值「\(text)」无效：\(label.zh)，应为 \(range.lowerBound) 到 \(range.upperBound) 的整数",
                        en:
                            "setting \(rawValue) = \"\(text)\" is not valid: \(label.en), whole numbers from \(range.lowerBound) to \(range.upperBound)"
                    )
                ))
        }
        return .success(canonical)
    }
}

extension ComplianceRules {
    /// The rules the settings say, defaults for any missing or unreadable.
    public init(settings: [Setting: String]) {
        func value(_ setting: Setting) -> String {
            settings[setting].flatMap { try? setting.validate($0).get() } ?? setting.defaultValue
        }
        self.init(
            maxCountries: Int(value(.maxCountries)) ?? 3,
            maxDaysByCountries: value(.maxDays).split(separator: ",").compactMap { Int($0) },
            maxPeople: Int(value(.maxPeople)))
    }
}
