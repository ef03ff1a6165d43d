/// The fixed formulas an indicator's value for a year can be computed by (计算公式). Each reads the records of the
/// year as ``IndicatorFacts`` gives them; the README defines each precisely.
public enum IndicatorFormula: String, Sendable, CaseIterable, Hashable, Codable {
    /// Partnerships established in the year (any status now).
    case newPartnerships
    /// Partnerships standing at the year's end: not ended, established by then or undated.
    case totalPartnerships
    /// Countries of the partnerships standing at the year's end.
    case countriesCovered
    /// The share (%) of the area's districts and counties with at least one standing partnership.
    case districtsCoveredShare
    /// Exchanges starting in the year.
    case exchanges
    /// Incoming delegations starting in the year.
    case incomingDelegations
    /// Outgoing delegations starting in the year.
    case outgoingDelegations
    /// The share (%) of active standing partnerships that are dormant on 31 December.
    case dormantShare
    /// The share (%) of plan tasks due in the year that were done by their due date.
    case tasksDoneOnTime
    /// The share (%) of notices with a deadline in the year that units answered by the deadline.
    case noticesAnsweredOnTime
    /// Cooperation projects that reached the signed stage (or first a later one) in the year; see
    /// ``ProjectStage/reaches(_:)``.
    case projectsSigned
    /// Cooperation projects that reached the landed stage (or first a later one) in the year.
    case projectsLanded
    /// Prospects (结好意向) moved forward at least one stage in the year.
    case prospectsAdvanced

    /// Whether the value is a percentage (0–100) rather than a count.
    public var isShare: Bool {
        switch self {
        case .districtsCoveredShare, .dormantShare, .tasksDoneOnTime, .noticesAnsweredOnTime: true
        default: false
        }
    }

    /// The formula's name in both languages, for the indicator list's choice and the README.
    public var label: Bilingual {
        switch self {
        case .newPartnerships: Bilingual(zh: "当年新结好数", en: "New partnerships in the year")
        case .totalPartnerships: Bilingual(zh: "年末友城总数", en: "Partnerships at year end")
        case .countriesCovered: Bilingual(zh: "覆盖国家数", en: "Countries covered")
        case .districtsCoveredShare: Bilingual(zh: "区县友城覆盖率", en: "Share of districts covered")
        case .exchanges: Bilingual(zh: "交流活动数", en: "Exchanges")
        case .incomingDelegations: Bilingual(zh: "来访团组数", en: "Incoming delegations")
        case .outgoingDelegations: Bilingual(zh: "出访团组数", en: "Outgoing delegations")
        case .dormantShare: Bilingual(zh: "休眠友城占比", en: "Share of dormant partnerships")
        case .tasksDoneOnTime: Bilingual(zh: "计划任务按时完成率", en: "Plan tasks done on time")
        case .noticesAnsweredOnTime: Bilingual(zh: "通知按时回复率", en: "Notices answered on time")
        case .projectsSigned: Bilingual(zh: "签约项目数", en: "Projects signed")
        case .projectsLanded: Bilingual(zh: "落地项目数", en: "Projects landed")
        case .prospectsAdvanced: Bilingual(zh: "结好意向推进数", en: "Prospects advanced")
        }
    }
}

/// Whether more or less of an indicator is better.
public enum IndicatorDirection: String, Sendable, CaseIterable, Hashable, Codable {
    /// More is better (most indicators).
    case higher
    /// Less is better (for example the share of dormant partnerships).
    case lower

    /// 越高越好 / higher is better, 越低越好 / lower is better.
    public var label: Bilingual {
        switch self {
        case .higher: Bilingual(zh: "越高越好", en: "higher is better")
        case .lower: Bilingual(zh: "越低越好", en: "lower is better")
        }
    }
}
