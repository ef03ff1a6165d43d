import Foundation

/// A piece of user-facing text in Chinese and English; every label and message in Youcheng has both.
public struct Bilingual: Sendable, Hashable, Codable {
    /// The Chinese (zh-Hans) text.
    public var zh: String
    /// The English text.
    public var en: String

    /// Creates a text from its two languages.
    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The text in the given language.
    public func text(_ language: Language) -> String {
        language == .zh ? zh : en
    }

    /// Both languages on one line, Chinese first: `中文 / English`.
    public var both: String { "\(zh) / \(en)" }
}

/// The two languages Youcheng speaks.
public enum Language: String, Sendable, CaseIterable, Codable {
    /// Simplified Chinese, the default.
    case zh
    /// English.
    case en

    /// Parses `zh`, `zh-Hans`, `zh-CN`, `en`, `en-US` …; nil for anything else.
    public init?(code: String) {
        let lower = code.lowercased()
        if lower.hasPrefix("zh") {
            self = .zh
        } else if lower.hasPrefix("en") {
            self = .en
        } else {
            return nil
        }
    }
}
