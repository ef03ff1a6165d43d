import Foundation
import YouchengCore

/// The zh-Hans and en labels of every page, read from `Resources/Localization/labels.json`: one entry a key, with
/// both languages side by side (`"key": {"zh": "…", "en": "…"}`), so a label cannot be added in one language only.
/// Texts may hold `{name}` placeholders that `text(_:_:_:)` fills in.
struct LabelCatalog: Sendable {
    private let tables: [Language: [String: String]]

    /// The name of the file in the localization folder.
    static let fileName = "labels.json"

    /// Reads the labels file from `directory`; a key without a text in every language is an error naming it.
    init(directory: URL) throws {
        let data = try Data(contentsOf: directory.appendingPathComponent(Self.fileName))
        let entries = try JSONDecoder().decode([String: [String: String]].self, from: data)
        var tables: [Language: [String: String]] = [:]
        for (key, texts) in entries {
            for language in Language.allCases {
                guard let text = texts[language.rawValue] else {
                    throw MissingLabel(key: key, language: language)
                }
                tables[language, default: [:]][key] = text
            }
        }
        self.tables = tables
    }

    /// A key of the labels file without its text in one language.
    struct MissingLabel: Error, Equatable, CustomStringConvertible {
        let key: String
        let language: Language
        var description: String { "\(LabelCatalog.fileName): \(key) has no \(language.rawValue) text" }
    }

    /// Every label in `language`, for templates (`{{t.key}}`).
    func labels(_ language: Language) -> [String: String] { tables[language] ?? [:] }

    /// The keys of `language`'s table.
    func keys(_ language: Language) -> Set<String> { Set(labels(language).keys) }

    /// One label with its `{name}` placeholders filled; the key itself when missing (tests keep the tables complete).
    func text(_ key: String, _ language: Language, _ arguments: [String: String] = [:]) -> String {
        let text = tables[language]?[key] ?? key
        return arguments.isEmpty ? text : Self.fill(text, arguments)
    }

    /// `text` with each `{name}` whose name is in `arguments` replaced by its value, in one pass (a value is never
    /// read for placeholders); other braces stay as written.
    static func fill(_ text: String, _ arguments: [String: String]) -> String {
        // Scanned as UTF-8: braces are single bytes, and their positions are positions in the text too, so nothing
        // breaks the (mostly Chinese) text into characters.
        let utf8 = text.utf8
        var out = ""
        var copied = utf8.startIndex
        var scan = copied
        while let open = utf8[scan...].firstIndex(of: UInt8(ascii: "{")) {
            let afterOpen = utf8.index(after: open)
            if let close = utf8[afterOpen...].firstIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "{") }),
                utf8[close] == UInt8(ascii: "}"), let value = arguments[String(text[afterOpen..<close])]
            {
                out += text[copied..<open]
                out += value
                copied = utf8.index(after: close)
                scan = copied
            } else {
                scan = afterOpen
            }
        }
        out += text[copied...]
        return out
    }

    /// One label in both languages.
    func bilingual(_ key: String, _ arguments: [String: String] = [:]) -> Bilingual {
        Bilingual(zh: text(key, .zh, arguments), en: text(key, .en, arguments))
    }
}
