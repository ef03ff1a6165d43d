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

    /// Reads the Chinese name, the code, the English name and a few common variants (`来访团组`, `visit`, `incoming`).
    public init?(parsing text: String) {
        let key = NameKey.fold(text).replacingOccurrences(of: " ", with: "")
        if let kind = Self.allCases.first(where: {
            key == $0.rawValue.lowercased() || key == NameKey.fold($0.label.zh)
                || key == NameKey.fold($0.label.en).replacingOccurrences(of: " ", with: "")
        }) {
            self = kind
            return
        }
        switch key {
        case "来访团组", "接待来访", "incoming", "visit", "inbound": self = .incomingDelegation
        case "出访团组", "outgoing", "outbound", "trip": self = .outgoingDelegation
        case "会议", "活动", "论坛", "event", "forum", "conference", "meeting": self = .event
        case "视频", "线上会议", "video", "online": self = .videoMeeting
        case "函电往来", "贺信", "信函", "letter", "greeting": self = .letter
        case "签署", "signing", "agreement": self = .signing
        case "青少年", "学生交流", "youth", "student": self = .youthExchange
        case "展会", "exhibition": self = .exhibition
        default: return nil
        }
    }

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

    /// Reads `省部级`, `市级`, `厅局级`, `其他`, the codes, and variants (`省级`, `副市长`, `mayor`, `ministerial`).
    public init?(parsing text: String) {
        let key = NameKey.fold(text).replacingOccurrences(of: " ", with: "")
        switch key {
        case "省部级", "省级", "部级", "副省级", "province", "provincial", "ministerial", "minister", "governor":
            self = .province
        case "市级", "市长", "副市长", "市领导", "city", "mayor", "vicemayor", "deputymayor": self = .city
        case "厅局级", "局级", "厅级", "bureau", "director": self = .bureau
        case "其他", "other", "others": self = .other
        default: return nil
        }
    }
}
