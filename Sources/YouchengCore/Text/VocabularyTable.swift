import Foundation

/// The rows of a vocabulary file (`Resources/vocabulary.csv`): each value's labels and aliases, by vocabulary and code.
public struct VocabularyTable: Sendable {
    /// One row of the file.
    public struct Row: Sendable, Hashable {
        /// The vocabulary's name (`ExchangeKind`).
        public var vocabulary: String
        /// The value's code (`incomingDelegation`).
        public var code: String
        /// The value's name in both languages.
        public var label: Bilingual
        /// Other names an import reads it by, written `|`-separated in the file.
        public var aliases: [String]
        /// The row's line in the file, from 1 (the header).
        public var line: Int

        /// Every name the value is read by: its code, its labels, its aliases.
        public var names: [String] { ([code, label.zh, label.en] + aliases).filter { !$0.isEmpty } }
    }

    /// Every row, in the file's order.
    public let rows: [Row]
    /// The rows by vocabulary, then by code: two look-ups, no key built per label.
    private let index: [String: [String: Row]]
    private let codesByName: [String: String]

    /// Reads the text of a vocabulary file: a header naming `vocabulary`, `code`, `zh`, `en` and `aliases`, then rows.
    public init(csv text: String) throws {
        let table = try CSV.parse(text)
        let header = table.first ?? []
        let columns = try ["vocabulary", "code", "zh", "en", "aliases"].map { name in
            guard let i = header.firstIndex(of: name) else { throw ReferenceDataError.missing("vocabulary: \(name)") }
            return i
        }
        rows = table.enumerated().dropFirst().map { offset, fields in
            let value = columns.map { $0 < fields.count ? fields[$0] : "" }
            return Row(
                vocabulary: value[0], code: value[1], label: Bilingual(zh: value[2], en: value[3]),
                aliases: value[4].split(separator: "|").map(String.init), line: offset + 1)
        }
        index = Dictionary(grouping: rows, by: \.vocabulary).mapValues { rows in
            Dictionary(rows.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        }
        codesByName = Dictionary(
            rows.flatMap { row in row.names.map { (Self.key(row.vocabulary, Self.nameKey($0)), row.code) } },
            uniquingKeysWith: { first, _ in first })
    }

    /// The bundled file, read once per process.
    public static let bundled: VocabularyTable = {
        do {
            guard
                let url = Bundle.module.url(forResource: "vocabulary", withExtension: "csv", subdirectory: "Resources")
            else { throw ReferenceDataError.missing("vocabulary") }
            return try VocabularyTable(csv: String(contentsOf: url, encoding: .utf8))
        } catch {
            // The file is part of the build; failing to read it is a broken installation, not bad input.
            fatalError("Youcheng vocabulary is unreadable: \(error)")
        }
    }()

    /// The row of `code` in `vocabulary` (the first, should there be two).
    public func row(_ vocabulary: String, _ code: String) -> Row? {
        index[vocabulary]?[code]
    }

    /// The code in `vocabulary` that `name` names: its code, a label or an alias, compared by `nameKey`.
    public func code(_ vocabulary: String, named name: String) -> String? {
        codesByName[Self.key(vocabulary, Self.nameKey(name))]
    }

    /// How names are compared: `NameKey.fold` (case, accents, width, punctuation), and spaces do not count either.
    public static func nameKey(_ name: String) -> String {
        NameKey.fold(name).replacingOccurrences(of: " ", with: "")
    }

    /// The key of a vocabulary's code or name in the table's indexes.
    static func key(_ vocabulary: String, _ code: String) -> String { vocabulary + "\u{0}" + code }
}
