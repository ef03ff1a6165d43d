import YouchengCore

/// A stored value this program cannot read (written by a newer version, or edited by hand): data corruption to
/// report, not a user's mistake. It names the table, the row and the column, so whoever repairs the database knows
/// where to look; reading never falls back to a default in its place.
public struct StoredValueError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The table, e.g. `partnerships`.
    public var table: String
    /// The row's primary key as text, or nil when the query had none to give.
    public var row: String?
    /// The column, e.g. `kind`.
    public var column: String
    /// The value found.
    public var value: String

    /// Names the place and the value found there.
    public init(table: String, row: String?, column: String, value: String) {
        self.table = table
        self.row = row
        self.column = column
        self.value = value
    }

    /// Names the place by an integer primary key.
    public init(table: String, id: Int64, column: String, value: String) {
        self.init(table: table, row: String(id), column: column, value: value)
    }

    /// What was found where, in both languages.
    public var message: Bilingual {
        let zhRow = row.map { " id 为 \($0) 的行" } ?? ""
        let enRow = row.map { ", row id \($0)" } ?? ""
        return Bilingual(
            zh: "数据库中有无法读取的值：表 \(table) 中\(zhRow)，\(column) 列为「\(value)」",
            en: "unreadable value in the database: table \(table)\(enRow), column \(column) is \"\(value)\"")
    }

    /// `中文 / English`, as a command prints it.
    public var description: String { message.both }
}
