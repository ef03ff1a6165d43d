import Foundation

extension ExchangeImporter {
    /// The rows one worker checks, and what it found: touched by that worker alone while the workers run, and read
    /// only once they have all returned (`DispatchQueue.concurrentPerform` waits for them), hence `@unchecked`.
    final class CheckedPart: @unchecked Sendable {
        /// The rows still to check, with their spreadsheet row numbers; each let go as it is checked.
        var cells: [(row: Int, cells: [String])]
        /// The rows that passed, in file order, not yet taken.
        var records: [ExchangeRow] = []
        /// The problems of the rows that did not.
        var errors: [RowError] = []
        /// The rows checked.
        var count = 0

        init(cells: [(row: Int, cells: [String])]) { self.cells = cells }
    }

    /// Files with fewer rows than this to each processor are checked on one.
    static let rowsPerPart = 20_000

    /// Checks the rows at `indices` of `table` on each processor at once, a run of consecutive rows each (checking
    /// 300,000 rows took 5–6 s on one), moving each row's cells out of `table`; nil when the file is too small or the
    /// machine has one processor, for `plan` to read the rows itself.
    func checkInParts(_ table: inout [[String]], indices: [Int], columns: [ExchangeColumn: Int]) -> [CheckedPart]? {
        let count = Swift.min(ProcessInfo.processInfo.activeProcessorCount, indices.count / Self.rowsPerPart)
        guard count > 1 else { return nil }
        let size = (indices.count + count - 1) / count
        let parts = stride(from: 0, to: indices.count, by: size).map { start in
            CheckedPart(
                cells: indices[start..<Swift.min(start + size, indices.count)].map { index in
                    defer { table[index] = [] }
                    return (index + 1, table[index])
                })
        }
        DispatchQueue.concurrentPerform(iterations: parts.count) { n in
            let part = parts[n]
            var reader = RowReader(importer: self, columns: columns)
            for k in part.cells.indices {
                let (row, cells) = part.cells[k]
                part.cells[k].cells = []
                if let record = reader.check(cells, row: row) { part.records.append(record) }
            }
            part.cells = []
            (part.errors, part.count) = (reader.errors, reader.count)
        }
        return parts
    }
}

extension ExchangeImporter.RowReader {
    /// Takes the rows `parts` checked, in file order, as ``read(_:row:)`` would have one by one: repeats are found
    /// across parts, and the errors are ordered by row (a row's errors are its checks' or its repeat's, never both).
    mutating func take(_ parts: [ExchangeImporter.CheckedPart]) {
        var checks: [RowError] = []
        for part in parts {
            count += part.count
            checks += part.errors
            let records = part.records
            part.records = []
            for record in records { accept(record) }
        }
        let repeats = errors
        errors = []
        errors.reserveCapacity(checks.count + repeats.count)
        var (i, j) = (0, 0)
        while i < checks.count || j < repeats.count {
            if j == repeats.count || (i < checks.count && checks[i].row < repeats[j].row) {
                errors.append(checks[i])
                i += 1
            } else {
                errors.append(repeats[j])
                j += 1
            }
        }
    }
}
