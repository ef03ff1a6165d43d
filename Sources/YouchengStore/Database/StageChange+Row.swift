import SQLKit
import YouchengCore

extension StageChange where Stage: RawRepresentable, Stage.RawValue == String {
    /// The change in `row` of stage-change table `table` (columns `stage`, `date`, `reason` and `byColumn`, which
    /// names who recorded it); a stored stage or date that does not parse is a ``StoredValueError``. `idColumn` names
    /// the row's id column for that error (nil: the query read none).
    init(row: any SQLRow, table: String, byColumn: String, idColumn: String? = "id") throws {
        self.init(
            stage: try row.decodeStored("stage", table: table, idColumn: idColumn) { Stage(rawValue: $0) },
            date: try row.decodeStored("date", table: table, idColumn: idColumn) { Day(parsing: $0) },
            reason: try row.decode(column: "reason", as: String.self),
            by: try row.decode(column: byColumn, as: String.self))
    }
}
