import Foundation

/// Where a spreadsheet's header and data rows are, as a register kept by hand lays them out: a title row, a blank or
/// a note row may come first, a serial-number column (`序号`) may run down the left and a total row (`合计`) may close
/// the table. Shared by the registry and exchanges imports.
struct ImportSheet<Column: Hashable> {
    /// The header row's index in the table (the spreadsheet's row number less one).
    var headerIndex: Int
    /// Each known column's position; the first header naming it wins.
    var columns: [Column: Int]
    /// The other non-blank headers, trimmed (serial-number columns are not among them).
    var unknown: [String]
    /// The indices of the data rows: after the header, not blank, not the trailing total row.
    var dataIndices: [Int]
    /// The spreadsheet's row number of the trailing total row that was skipped, if there was one.
    var totalRow: Int?

    /// Remarks for the report: unknown columns ignored, the total row skipped.
    var remarks: [Bilingual] {
        [ImportHeader.unknownRemark(unknown), totalRow.map(ImportHeader.totalRowRemark)].compactMap { $0 }
    }
}

/// Reading a spreadsheet's header row and telling data rows from the rest.
enum ImportHeader {
    /// How many rows from the top may come before the header is found.
    static let searchRows = 10

    /// The layout of `table`: the header is the first of the first `searchRows` rows whose cells name at least two
    /// known columns (or, when none does, the first non-blank row, so a file lacking columns is told which); nil
    /// when every row is blank.
    static func read<Column: Hashable>(_ table: [[String]], matching: (String) -> Column?) -> ImportSheet<Column>? {
        guard let index = headerIndex(table, matching: matching) else { return nil }
        var columns: [Column: Int] = [:]
        var unknown: [String] = []
        var serial: Set<Int> = []
        for (i, name) in table[index].enumerated() {
            let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
            if let column = matching(trimmed), columns[column] == nil {
                columns[column] = i
            } else if isSerialNumber(trimmed) {
                serial.insert(i)
            } else if !trimmed.isEmpty {
                unknown.append(trimmed)
            }
        }
        var data = table.indices.filter { $0 > index && !isBlank(table[$0]) }
        var totalRow: Int?
        if let last = data.last, isTotal(table[last], skipping: serial) {
            data.removeLast()
            totalRow = last + 1
        }
        return ImportSheet(
            headerIndex: index, columns: columns, unknown: unknown, dataIndices: data, totalRow: totalRow)
    }

    /// The index of the header row; see `read`.
    static func headerIndex<Column: Hashable>(_ table: [[String]], matching: (String) -> Column?) -> Int? {
        let named = table.prefix(searchRows).firstIndex { row in
            Set(row.compactMap { matching($0.trimmingCharacters(in: .whitespacesAndNewlines)) }).count >= 2
        }
        return named ?? table.firstIndex { !isBlank($0) }
    }

    /// The remark that `unknown` columns were ignored, or nil when there are none.
    static func unknownRemark(_ unknown: [String]) -> Bilingual? {
        guard !unknown.isEmpty else { return nil }
        return Bilingual(
            zh: "未识别的列已忽略：\(unknown.map { "「\($0)」" }.joined())",
            en: "unknown columns ignored: \(unknown.map { "\"\($0)\"" }.joined(separator: ", "))")
    }

    /// The remark that row `row` was a total row and was not imported.
    static func totalRowRemark(_ row: Int) -> Bilingual {
        Bilingual(zh: "第 \(row) 行是合计行，已跳过", en: "row \(row) is a total row and was skipped")
    }

    /// Whether every cell of `row` is blank.
    static func isBlank(_ row: [String]) -> Bool {
        row.allSatisfy { $0.trimmedWhitespace.isEmpty }
    }

    /// Header names of a serial-number column, compared after `RegistryColumn.normalizeHeader`.
    private static let serialNumberHeaders: Set<String> = ["序号", "no.", "no", "#"]

    /// Whether `header` names a serial-number column, which an import ignores without a remark.
    static func isSerialNumber(_ header: String) -> Bool {
        serialNumberHeaders.contains(RegistryColumn.normalizeHeader(header))
    }

    /// Labels of a total row, compared after `RegistryColumn.normalizeHeader` (so `合　计` and `TOTAL` count).
    private static let totalLabels = ["合计", "总计", "total"]

    /// Whether the first non-blank cell of `row`, or the first outside the serial-number columns (`36`, `合计`), is a
    /// total label, alone or followed by a colon (`合计：12`).
    static func isTotal(_ row: [String], skipping serial: Set<Int>) -> Bool {
        let cells = row.map(RegistryColumn.normalizeHeader)
        let first = cells.first { !$0.isEmpty }
        let firstOutside = cells.indices.first { !serial.contains($0) && !cells[$0].isEmpty }.map { cells[$0] }
        return [first, firstOutside].contains { cell in
            guard let cell else { return false }
            return totalLabels.contains { cell == $0 || cell.hasPrefix($0 + ":") || cell.hasPrefix($0 + "：") }
        }
    }
}
