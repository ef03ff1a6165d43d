import Foundation

extension ExchangeImporter {
    /// How many readers check a file of `rows` data rows at once: one per processor for a large file, one for a small
    /// one (a reader's memos are its own, so each part pays for its first look-ups again).
    static func readers(for rows: Int) -> Int {
        rows < 4_000 ? 1 : max(1, min(8, ProcessInfo.processInfo.activeProcessorCount))
    }

    /// The rows at `indices` of `table`, checked in `parts` contiguous parts at once, then taken in file order by a
    /// ``RowAcceptor``: the plan is the same whatever the number of parts. Each part is handed its rows' cells and
    /// lets each row's go once it is read, as reading in one part did.
    func check(_ table: consuming [[String]], indices: [Int], columns: [ExchangeColumn: Int], parts: Int)
        -> RowAcceptor
    {
        let count = indices.count
        let size = (count + max(1, parts) - 1) / max(1, parts)
        let ranges = stride(from: 0, to: count, by: max(1, size)).map { $0..<min($0 + size, count) }
        let inputs = Slots(ranges.map { range in range.map { (row: indices[$0] + 1, cells: table[indices[$0]]) } })
        table = []
        let outputs = Slots<RowReader>(Array(repeating: nil, count: ranges.count))
        DispatchQueue.concurrentPerform(iterations: ranges.count) { part in
            var reader = RowReader(importer: self, columns: columns)
            var rows = inputs.take(part) ?? []
            reader.rows.reserveCapacity(rows.count)
            for n in rows.indices {
                reader.read(rows[n].cells, row: rows[n].row)
                rows[n].cells = []
            }
            outputs.put(reader, at: part)
        }
        var acceptor = RowAcceptor(importer: self, capacity: count)
        for part in ranges.indices {
            if let reader = outputs.take(part) { acceptor.accept(reader) }
        }
        return acceptor
    }

    /// Takes checked rows in file order: refuses a row that repeats an earlier one (the same start, kind and title)
    /// and gathers the new units the rows taken name.
    struct RowAcceptor {
        let importer: ExchangeImporter
        /// The rows taken, in file order.
        private(set) var rows: [ExchangeRow] = []
        /// Every problem, ordered by row.
        private(set) var errors: [RowError] = []
        /// Unit names no unit has, each once, in first-seen order.
        private(set) var newUnits: [String] = []
        private var newUnitKeys: Set<String> = []
        private var seen: [ExchangeIdentity: Int] = [:]

        init(importer: ExchangeImporter, capacity: Int) {
            self.importer = importer
            rows.reserveCapacity(capacity)
            seen.reserveCapacity(capacity)
        }

        /// Takes a reader's rows and errors; its rows come after every row taken before.
        mutating func accept(_ reader: RowReader) {
            var repeats: [RowError] = []
            for row in reader.rows {
                if let first = seen[row.identity] {
                    repeats.append(
                        RowError(
                            row: row.line,
                            reason: Bilingual(
                                zh: "与第 \(first) 行重复（同一开始日期、类型与主题）",
                                en: "repeats row \(first) (the same start, kind and title)")))
                    continue
                }
                seen[row.identity] = row.line
                rows.append(row)
                noteNewUnit(row.unitName)
            }
            errors += Self.merged(reader.errors, repeats)
        }

        private mutating func noteNewUnit(_ name: String?) {
            guard let name, importer.unit(named: name) == nil else { return }
            if newUnitKeys.insert(NameKey.fold(name)).inserted { newUnits.append(name) }
        }

        /// Two lists each ordered by row, as one: a repeated row passed its checks, so no row is in both.
        static func merged(_ a: [RowError], _ b: [RowError]) -> [RowError] {
            guard !b.isEmpty else { return a }
            var out: [RowError] = []
            out.reserveCapacity(a.count + b.count)
            var (i, j) = (0, 0)
            while i < a.count || j < b.count {
                if j == b.count || (i < a.count && a[i].row <= b[j].row) {
                    out.append(a[i])
                    i += 1
                } else {
                    out.append(b[j])
                    j += 1
                }
            }
            return out
        }
    }
}

/// Values handed to concurrent work and taken back, each slot by one worker.
final class Slots<Value>: @unchecked Sendable {  // every access to `values` holds `lock`
    private let lock = NSLock()
    private var values: [Value?]

    init(_ values: [Value?]) { self.values = values }

    /// The value in slot `i`, leaving it empty: the taker holds the only copy.
    func take(_ i: Int) -> Value? {
        lock.withLock {
            let value = values[i]
            values[i] = nil
            return value
        }
    }

    /// Puts `value` in slot `i`.
    func put(_ value: Value, at i: Int) {
        lock.withLock { values[i] = value }
    }
}
