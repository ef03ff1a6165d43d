/// A problem with one row of an imported file: where it is, what was written and why it is refused.
public struct RowError: Sendable, Hashable, Codable, Error {
    /// The row number as a spreadsheet shows it (the first row is 1, whatever lies above the header).
    public var row: Int
    /// The column's code (`established`), or nil for a problem with the whole row.
    public var field: String?
    /// The value as written.
    public var value: String
    /// The full message in both languages, naming row, column and value.
    public var message: Bilingual

    /// A bad value: `第 9 行 结好时间「2019-13-45」不是有效日期 / row 9, established: "2019-13-45" is not a valid date`.
    public init(row: Int, column: RegistryColumn, value: String, reason: Bilingual) {
        self.init(row: row, field: column.rawValue, label: column.label, value: value, reason: reason)
    }

    /// A bad value in an exchanges file: `第 4 行 友城「圣约翰」对应多个外方城市：… / row 4, partners: "圣约翰" …`.
    public init(row: Int, column: ExchangeColumn, value: String, reason: Bilingual) {
        self.init(row: row, field: column.rawValue, label: column.label, value: value, reason: reason)
    }

    /// A bad value in a plan's task table: `第 5 行 牵头单位「」… / row 5, lead: "" …`.
    public init(row: Int, column: PlanColumn, value: String, reason: Bilingual) {
        self.init(row: row, field: column.rawValue, label: column.label, value: value, reason: reason)
    }

    private init(row: Int, field: String, label: Bilingual, value: String, reason: Bilingual) {
        self.row = row
        self.field = field
        self.value = value
        self.message = Bilingual(
            zh: "第 \(row) 行 \(label.zh)「\(value)」\(reason.zh)", en: "row \(row), \(label.en): \"\(value)\" \(reason.en)"
        )
    }

    /// A problem with the row as a whole (no partner name, a duplicate pair).
    public init(row: Int, field: String? = nil, reason: Bilingual) {
        self.row = row
        self.field = field
        self.value = ""
        self.message = Bilingual(zh: "第 \(row) 行 \(reason.zh)", en: "row \(row): \(reason.en)")
    }
}
