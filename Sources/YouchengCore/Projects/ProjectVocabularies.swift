/// Where a cooperation project (合作项目) stands. The track runs lead → intent → signed → landed → completed; a
/// project may be shelved or ended from any stage. Labels in `vocabulary.csv`.
public enum ProjectStage: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 线索: an idea or contact worth following.
    case lead
    /// 意向: both sides have said they want it.
    case intent
    /// 签约: an agreement or contract is signed.
    case signed
    /// 落地: the project has started on the ground.
    case landed
    /// 完成: done.
    case completed
    /// 搁置: set aside for now.
    case shelved
    /// 终止: given up for good.
    case ended

    /// The stages of the track, in order.
    public static let track: [ProjectStage] = [.lead, .intent, .signed, .landed, .completed]

    /// Its place on the track (lead 0 … completed 4); nil for shelved and ended.
    public var rank: Int? { Self.track.firstIndex(of: self) }

    /// Whether a project at this stage is still being worked on: not completed, shelved or ended.
    public var isOpen: Bool { self != .completed && self != .shelved && self != .ended }
}

/// What a cooperation project is about (领域/类型): one list serves as both its domain and its kind. Labels in
/// `vocabulary.csv`.
public enum ProjectKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 投资.
    case investment
    /// 贸易.
    case trade
    /// 科技.
    case technology
    /// 教育.
    case education
    /// 文化.
    case culture
    /// 卫生.
    case health
    /// 其他.
    case other
}

/// The kind of record a project came from. Labels in `vocabulary.csv`.
public enum ProjectSourceKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// An exchange (by its id).
    case exchange
    /// A unit's answer to a notice (by the notice's id and the unit's id).
    case noticeAnswer
    /// A decision of a joint meeting (by the decision's id).
    case decision
}

/// A column of a projects file (import and export), found by its header in either language or an alias. Labels
/// in `vocabulary.csv`.
public enum ProjectColumn: String, Sendable, CaseIterable, ImportColumn {
    /// 项目名称, required.
    case title
    /// 外方城市: registered partners by name, separated by `、`, `;` or `,`; required.
    case partners
    /// 负责单位: the owning unit by name; required.
    case unit
    /// 领域: the domain and kind, a code or a label; required.
    case kind
    /// 阶段: the stage, a code or a label (lead when empty).
    case stage
    /// 开始日期: the day of the first stage (today when empty).
    case date
    /// 协议金额.
    case agreed
    /// 实现金额.
    case realised
    /// 币种 (CNY when empty).
    case currency
    /// 预算 (CNY).
    case budget
    /// 实际支出 (CNY).
    case actualCost
    /// 来源类型: exchange, noticeAnswer or decision.
    case sourceKind
    /// 来源: the source's id (`notice/unit` for a notice answer).
    case source
    /// 最近更新: written by exports, ignored by imports.
    case lastUpdate
}
