/// The spreadsheet formats the lists export.
enum ExportKind: String, Sendable, CaseIterable {
    case csv, xlsx
}
