/// A problem with one row of an imported file: where it is, what was written and why it is refused.
public struct RowError: Sendable, Hashable, Codable, Error {
    /// The row number as a spreadsheet shows it (the header is row 1).
    public var row: Int
    /// The column's code (`established`), or nil for a problem with the whole row.
    public var field: String?
    /// The value as written.
    public var value: String
    /// The full message in both languages, naming row, column and value.
    public var message: Bilingual

    /// A bad value: `第 9 行 结好时间「2019-13-45」不是有效日期 / row 9, established: "2019-13-45" is not a valid date`.
    public init(row: Int, column: RegistryColumn, value: String, reason: Bilingual) {
        self.row = row
        self.field = column.rawValue
        self.value = value
        self.message = Bilingual(
            zh: "第 \(row) 行 \(column.label.zh)「\(value)」\(reason.zh)",
            en: "row \(row), \(column.label.en): \"\(value)\" \(reason.en)")
    }

    /// A problem with the row as a whole (no partner name, a duplicate pair).
    public init(row: Int, field: String? = nil, reason: Bilingual) {
        self.row = row
        self.field = field
        self.value = ""
        self.message = Bilingual(zh: "第 \(row) 行 \(reason.zh)", en: "row \(row): \(reason.en)")
    }
}
