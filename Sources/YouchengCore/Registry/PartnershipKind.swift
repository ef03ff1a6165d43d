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
}

/// Whether a partnership is in force. "Dormant" is never stored: it is computed from activity.
public enum PartnershipStatus: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 有效: in force.
    case active
    /// 暂停: suspended.
    case suspended
    /// 终止: ended; not counted in the situation summary.
    case ended
}
