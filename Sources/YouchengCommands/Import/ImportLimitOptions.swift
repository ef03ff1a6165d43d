import ArgumentParser
import Foundation
import YouchengCore

/// `--import-max-rows N` and `--import-max-columns N`: how many rows and columns an imported CSV or XLSX file may
/// have before it is refused unread. Precedence: the option, then `YOUCHENG_IMPORT_MAX_ROWS` /
/// `YOUCHENG_IMPORT_MAX_COLUMNS`, then `TableLimits.standard` (200,000 rows, 256 columns). The other limits (cells,
/// cell length, inflated bytes) stay at their defaults.
public struct ImportLimitOptions: ParsableArguments {
    @Option(
        name: .customLong("import-max-rows"),
        help: "导入文件的最大行数（默认 200000）/ the most rows an imported file may have (default 200000)")
    var maxRows: Int?

    @Option(
        name: .customLong("import-max-columns"),
        help: "导入文件的最大列数（默认 256）/ the most columns an imported file may have (default 256)")
    var maxColumns: Int?

    /// Creates empty options.
    public init() {}

    /// The limits after applying the precedence rule; a value out of range is refused, naming the option or variable.
    public func resolved(environment: [String: String] = CommandEnvironment.variables) throws -> TableLimits {
        var limits = TableLimits.standard
        limits.rows = try IntegerOption.resolve(
            maxRows, option: "--import-max-rows", variable: "YOUCHENG_IMPORT_MAX_ROWS", range: 1...1_048_576,
            default: limits.rows, environment: environment)
        limits.columns = try IntegerOption.resolve(
            maxColumns, option: "--import-max-columns", variable: "YOUCHENG_IMPORT_MAX_COLUMNS", range: 1...16_384,
            default: limits.columns, environment: environment)
        return limits
    }

}
