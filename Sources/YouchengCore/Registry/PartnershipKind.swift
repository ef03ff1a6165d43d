/// The two kinds of partnership a Chinese city keeps.
public enum PartnershipKind: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 友好城市: formal, approved by CPAFFC and the Ministry of Foreign Affairs, agreement signed.
    case sisterCity
    /// 友好交流城市 / 友好合作城市: a memorandum of friendly exchange or cooperation.
    case friendshipCity

    /// The name in both languages, with the deployment's Chinese name for friendship cities (`友好合作城市` …) in place
    /// of `label`'s.
    public func label(friendshipLabel: String) -> Bilingual {
        self == .friendshipCity ? Bilingual(zh: friendshipLabel, en: label.en) : label
    }

    /// Reads `友好城市`, `sister city`, `sisterCity`, `sister`, `友好交流城市`, `友好合作城市`, `friendship` …
    public init?(parsing text: String) {
        let key = NameKey.fold(text).replacingOccurrences(of: " ", with: "")
        switch key {
        case "友好城市", "姐妹城市", "sistercity", "sister", "sistercities", "twincity", "twintown":
            self = .sisterCity
        case "友好交流城市", "友好合作城市", "友好合作关系城市", "友好交流关系城市", "友城交流城市", "friendshipcity", "friendship",
            "friendshipcities", "friendlycity":
            self = .friendshipCity
        default:
            return nil
        }
    }
}

/// Whether a partnership is in force. "Dormant" is never stored: it is computed from activity.
public enum PartnershipStatus: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 有效: in force.
    case active
    /// 暂停: suspended.
    case suspended
    /// 终止: ended; not counted in the situation summary.
    case ended

    /// Reads `有效`/`active`, `暂停`/`suspended`, `终止`/`ended` and close variants.
    public init?(parsing text: String) {
        switch NameKey.fold(text) {
        case "有效", "正常", "active", "current", "valid": self = .active
        case "暂停", "中止", "suspended", "paused": self = .suspended
        case "终止", "已终止", "解除", "ended", "terminated", "inactive": self = .ended
        default: return nil
        }
    }
}
