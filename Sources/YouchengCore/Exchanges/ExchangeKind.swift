/// What kind of exchange took place.
public enum ExchangeKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 来访: a delegation from abroad.
    case incomingDelegation
    /// 出访: a delegation going abroad.
    case outgoingDelegation
    /// 会议活动: an event or forum.
    case event
    /// 视频会议: a video meeting.
    case videoMeeting
    /// 函电: a letter or greeting.
    case letter
    /// 签约: an agreement signed.
    case signing
    /// 青少年交流: a student or youth exchange.
    case youthExchange
    /// 展览: an exhibition.
    case exhibition
    /// 其他: anything else.
    case other

    /// Whether the exchange is a delegation (incoming or outgoing), counted in the activity figures' delegations.
    public var isDelegation: Bool { self == .incomingDelegation || self == .outgoingDelegation }
}

/// The rank of the leader heading an exchange (for incoming delegations, the foreign leader's equivalent).
public enum LeaderRank: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 省部级: provincial or ministerial.
    case province
    /// 市级: city — mayor or vice-mayor and above.
    case city
    /// 厅局级: bureau.
    case bureau
    /// 其他: anything else.
    case other

    /// Whether the rank is 市级 or 省部级 ("副市长以上").
    public var isCityOrAbove: Bool { self == .province || self == .city }
}
