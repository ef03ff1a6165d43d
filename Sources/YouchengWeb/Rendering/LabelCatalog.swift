import Foundation
import YouchengCore

/// The zh-Hans and en labels of every page, read from `Resources/Localization/{zh,en}.json` (flat key → text).
/// Texts may hold `{name}` placeholders that `text(_:_:_:)` fills in.
struct LabelCatalog: Sendable {
    private let tables: [Language: [String: String]]

    /// Reads both files from `directory`.
    init(directory: URL) throws {
        var tables: [Language: [String: String]] = [:]
        for language in Language.allCases {
            let data = try Data(contentsOf: directory.appendingPathComponent("\(language.rawValue).json"))
            tables[language] = try JSONDecoder().decode([String: String].self, from: data)
        }
        self.tables = tables
    }

    /// Every label in `language`, for templates (`{{t.key}}`).
    func labels(_ language: Language) -> [String: String] { tables[language] ?? [:] }

    /// The keys of `language`'s table.
    func keys(_ language: Language) -> Set<String> { Set(labels(language).keys) }

    /// One label with its `{name}` placeholders filled; the key itself when missing (tests keep the tables complete).
    func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        var text = tables[language]?[key] ?? key
        for (name, value) in arguments { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// One label in both languages.
    func bilingual(_ key: String, _ arguments: [String: String] = [:]) -> Bilingual {
        Bilingual(zh: text(key, .zh, arguments), en: text(key, .en, arguments))
    }
}
