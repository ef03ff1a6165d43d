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
}
