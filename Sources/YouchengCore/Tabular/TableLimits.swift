/// How much an uploaded table (CSV or XLSX) may hold before it is refused rather than read, so a small hostile file
/// (a zip bomb, a sheet naming column XFD on every row) cannot exhaust the server's memory or time.
///
/// The defaults are named here and nowhere else (`standard`); tests pass smaller limits.
public struct TableLimits: Equatable, Sendable {
    /// The most bytes one part of an XLSX archive may inflate to, counted as they are inflated.
    public var partBytes: Int
    /// The most bytes all parts read from one XLSX archive may inflate to together.
    public var archiveBytes: Int
    /// The most rows, counting empty rows before the last one with text.
    public var rows: Int
    /// The most columns a row may reach with text.
    public var columns: Int
    /// The most cells, counting the empty cells before the last cell of each row (the table as handed on).
    public var cells: Int
    /// The most characters (Unicode scalars) in one cell.
    public var cellLength: Int
    /// The most characters in an XLSX workbook's shared-strings table, all strings together.
    public var sharedText: Int

    /// Limits as given.
    public init(
        partBytes: Int, archiveBytes: Int, rows: Int, columns: Int, cells: Int, cellLength: Int, sharedText: Int
    ) {
        self.partBytes = partBytes
        self.archiveBytes = archiveBytes
        self.rows = rows
        self.columns = columns
        self.cells = cells
        self.cellLength = cellLength
        self.sharedText = sharedText
    }

    /// The limits uploads are read with: 200,000 rows, 256 columns, 4,000,000 cells, 32,767 characters a cell (as
    /// in Excel), 128 MiB a part, 256 MiB an archive, 32 Mi characters of shared strings.
    public static let standard = TableLimits(
        partBytes: 128 * 1024 * 1024, archiveBytes: 256 * 1024 * 1024, rows: 200_000, columns: 256,
        cells: 4_000_000, cellLength: 32_767, sharedText: 32 * 1024 * 1024)
}

/// A `TableLimits` value that a file went past, and where.
public struct TableLimitExceeded: Error, Equatable, Sendable {
    /// Which of the limits.
    public enum Limit: String, Equatable, Sendable {
        /// `TableLimits.partBytes`.
        case partBytes
        /// `TableLimits.archiveBytes`.
        case archiveBytes
        /// `TableLimits.rows`.
        case rows
        /// `TableLimits.columns`.
        case columns
        /// `TableLimits.cells`, also passed by a shared-strings table holding more strings than that.
        case cells
        /// `TableLimits.cellLength`.
        case cellLength
        /// `TableLimits.sharedText`.
        case sharedText
    }

    /// The limit gone past.
    public var limit: Limit
    /// Its value.
    public var maximum: Int
    /// The XLSX part being read (`xl/worksheets/sheet1.xml`), nil for CSV.
    public var part: String?
    /// The 1-based row, if the limit was passed within one.
    public var row: Int?
    /// The 1-based column, if the limit was passed within one cell.
    public var column: Int?

    /// The place and the limit.
    public init(_ limit: Limit, maximum: Int, part: String? = nil, row: Int? = nil, column: Int? = nil) {
        self.limit = limit
        self.maximum = maximum
        self.part = part
        self.row = row
        self.column = column
    }
}
