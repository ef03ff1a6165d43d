/// The columns an exchanges spreadsheet may have, with the header names accepted for each.
public enum ExchangeColumn: String, Sendable, CaseIterable {
    /// 开始日期: the first day (required).
    case start
    /// 结束日期: the last day (the start when blank).
    case end
    /// 类型: the exchange kind (required).
    case kind
    /// 友城: registered partners by name, several allowed.
    case partners
    /// 国家: countries, several allowed.
    case countries
    /// 主办单位: the organizing unit by name.
    case unit
    /// 带队级别: the leading rank.
    case rank
    /// 人数: the head count.
    case people
    /// 领域: domains by name or code, several allowed.
    case domains
    /// 主题: what the exchange was about (required).
    case title
    /// 成果: the outcomes, as text.
    case outcomes

    /// The Chinese header and the code, as errors name the column.
    public var label: Bilingual {
        switch self {
        case .start: Bilingual(zh: "开始日期", en: "start")
        case .end: Bilingual(zh: "结束日期", en: "end")
        case .kind: Bilingual(zh: "类型", en: "kind")
        case .partners: Bilingual(zh: "友城", en: "partners")
        case .countries: Bilingual(zh: "国家", en: "countries")
        case .unit: Bilingual(zh: "主办单位", en: "unit")
        case .rank: Bilingual(zh: "带队级别", en: "rank")
        case .people: Bilingual(zh: "人数", en: "people")
        case .domains: Bilingual(zh: "领域", en: "domains")
        case .title: Bilingual(zh: "主题", en: "title")
        case .outcomes: Bilingual(zh: "成果", en: "outcomes")
        }
    }

    /// Header names, compared after `RegistryColumn.normalizeHeader`.
    var aliases: [String] {
        switch self {
        case .start: ["开始日期", "start", "开始时间", "起始日期", "日期", "时间", "start date", "date"]
        case .end: ["结束日期", "end", "结束时间", "截止日期", "end date"]
        case .kind: ["类型", "kind", "type", "交流类型", "活动类型"]
        case .partners: ["友城", "partners", "partner", "外方城市", "友好城市", "涉及友城"]
        case .countries: ["国家", "countries", "country", "国别", "出访国家", "来访国家"]
        case .unit: ["主办单位", "unit", "承办单位", "牵头单位", "单位", "organizer"]
        case .rank: ["带队级别", "rank", "级别", "团长级别", "leader rank"]
        case .people: ["人数", "people", "团组人数", "团员人数", "总人数", "head count"]
        case .domains: ["领域", "domains", "domain", "合作领域", "交流领域"]
        case .title: ["主题", "title", "名称", "活动名称", "团组名称", "事由", "subject"]
        case .outcomes: ["成果", "outcomes", "outcome", "主要成果", "交流成果", "results"]
        }
    }

    /// The column a header names, or nil for an unknown header.
    public static func matching(header: String) -> ExchangeColumn? {
        let key = RegistryColumn.normalizeHeader(header)
        return allCases.first { column in
            column.aliases.contains { RegistryColumn.normalizeHeader($0) == key }
        }
    }
}
