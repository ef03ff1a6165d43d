/// What a notice (通知) of the joint meeting asks the member units about. Labels in `vocabulary.csv`.
public enum NoticeKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 友城需求: a partner city asks for something (a school to twin with, a company to meet …).
    case partnerRequest
    /// 来访预告: a delegation is coming and units may join its programme.
    case comingDelegation
    /// 展会邀请: an invitation to a fair or exhibition.
    case fairInvitation
    /// 合作提议: a proposal of cooperation.
    case cooperationProposal
}

/// A unit's answer to a notice. Labels in `vocabulary.csv`.
public enum NoticeAnswer: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 有意对接: the unit wants to take it up.
    case interested
    /// 无意向: the unit does not.
    case notInterested
    /// 需更多信息: the unit needs more information before it can say.
    case needInfo
}
