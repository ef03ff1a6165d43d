/// The columns of one kind of spreadsheet, matched by header name: a column's Chinese label (the header `export`
/// writes), its English label (its code, as errors name it) and its aliases in `Resources/vocabulary.csv`.
public protocol ImportColumn: Vocabulary {}

extension ImportColumn {
    /// Every header name of the column, compared after `normalizeHeader`.
    var headerNames: [String] { [label.zh, label.en] + aliases }

    /// `" Partner_EN "` → `partneren`: case, spaces, `_` and `-` do not count in header names.
    static func normalizeHeader(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter {
                !($0 == " " || $0 == "_" || $0 == "-" || $0 == "\u{FEFF}" || $0 == "\u{3000}" || $0 == "\t")
            })
    }

    /// The column a header names, or nil for an unknown header.
    public static func matching(header: String) -> Self? {
        let key = normalizeHeader(header)
        return allCases.first { column in column.headerNames.contains { normalizeHeader($0) == key } }
    }
}
