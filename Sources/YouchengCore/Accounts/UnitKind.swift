/// What kind of member unit (成员单位) a unit is.
public enum UnitKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 外事办公室: the Foreign Affairs Office, owner of the registry.
    case fao
    /// 委办局: a municipal bureau or commission (commerce, education, culture and tourism …).
    case bureau
    /// 区县: a district or county government.
    case district
    /// 园区: a development zone or industrial park.
    case developmentZone
    /// 高校: a university or college.
    case university
    /// 其他: anything else (a friendship association, a state-owned enterprise …).
    case other

    /// Reads the code (`developmentZone`), the Chinese or the English label, and close variants (`外办`, `开发区`).
    public init?(parsing text: String) {
        let key = NameKey.fold(text).replacingOccurrences(of: " ", with: "")
        switch key {
        case "fao", "外事办公室", "外办", "外事办", "foreignaffairsoffice": self = .fao
        case "bureau", "委办局", "局", "委", "部门": self = .bureau
        case "district", "区县", "区", "县", "county": self = .district
        case "developmentzone", "园区", "开发区", "高新区", "zone", "park": self = .developmentZone
        case "university", "高校", "大学", "学院", "college": self = .university
        case "other", "其他": self = .other
        default: return nil
        }
    }
}
