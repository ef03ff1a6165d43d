import Foundation

extension ExchangeImporter {
    /// Checks data rows one by one, each on its own: a part of a file's rows can be checked by one reader while
    /// another checks the next part. What needs the rows before (repeats, the new units) is ``RowAcceptor``'s.
    struct RowReader {
        let importer: ExchangeImporter
        let columns: [ExchangeColumn: Int]
        /// The rows that passed, in the order read.
        var rows: [ExchangeRow] = []
        /// Every refused value, in the order read.
        var errors: [RowError] = []
        private let countries = Memo<String, Result<String, Refusal>>(limit: .max)
        private let domains = Memo<String, Result<String, Refusal>>(limit: .max)
        /// Each name resolved without countries.
        private let partners = Memo<String, Result<Int64, Refusal>>(limit: .max)
        /// Each kind and rank cell read: a file spells them a few ways, and each reading folds the text.
        private let kinds = Memo<String, Result<ExchangeKind, Refusal>>(limit: .max)
        private let ranks = Memo<String, Result<LeaderRank, Refusal>>(limit: .max)

        init(importer: ExchangeImporter, columns: [ExchangeColumn: Int]) {
            self.importer = importer
            self.columns = columns
        }

        /// The cell's trimmed text; empty when the column is missing or the row is short.
        func cell(_ row: [String], _ column: ExchangeColumn) -> String {
            guard let i = columns[column], i < row.count else { return "" }
            return row[i].trimmedWhitespace
        }

        mutating func read(_ cells: [String], row: Int) {
            if let record = readRow(cells, row: row) { rows.append(record) }
        }

        /// The row's values, or nil with every refused value recorded.
        private mutating func readRow(_ cells: [String], row: Int) -> ExchangeRow? {
            let before = errors.count
            let start = required(
                cells, .start, row: row, missing: Bilingual(zh: "缺少开始日期", en: "no start date"),
                read: ExchangeImporter.day)
            let end = readEnd(cells, start: start, row: row)
            let (kinds, ranks) = (kinds, ranks)
            let kind = required(cells, .kind, row: row, missing: Bilingual(zh: "缺少类型", en: "no kind")) { text in
                kinds.value(text) { ExchangeImporter.kind(text) }
            }
            // Countries first: they tell apart partners that share a name.
            let (importer, countryMemo, domainMemo, partnerMemo) = (importer, self.countries, self.domains, partners)
            let countries = list(cells, .countries, row: row, whole: importer.country) { name in
                countryMemo.value(name) { importer.country(name) }
            }
            let partnerIds = list(cells, .partners, row: row, whole: { importer.partner($0, in: countries) }) { name in
                // A name that matches one partner alone needs no countries; the others are resolved with this row's.
                let alone = partnerMemo.value(name) { importer.partner(name, in: []) }
                if case .success = alone { return alone }
                return importer.partner(name, in: countries)
            }
            let unitName = optional(cells, .unit, row: row) {
                RegistryValue.text($0, limit: ExchangeImporter.maxUnitNameLength)
            }
            let rank = optional(cells, .rank, row: row) { text in ranks.value(text) { ExchangeImporter.rank(text) } }
            let people = optional(cells, .people, row: row, read: ExchangeImporter.people)
            let domains = list(cells, .domains, row: row, whole: importer.domain) { name in
                domainMemo.value(name) { importer.domain(name) }
            }
            let title = required(cells, .title, row: row, missing: Bilingual(zh: "缺少主题", en: "no title")) {
                RegistryValue.text($0, limit: ExchangeImporter.maxTitleLength)
            }
            let outcomes = optional(cells, .outcomes, row: row) {
                RegistryValue.text($0, limit: ExchangeImporter.maxOutcomesLength, multiline: true)
            }
            let budget = optional(cells, .budget, row: row, read: ExchangeImporter.money)
            let actual = optional(cells, .actual, row: row, read: ExchangeImporter.money)
            guard errors.count == before, let start, let end, let kind, let title else { return nil }
            return ExchangeRow(
                line: row, title: title, start: start, end: end, kind: kind, partnerIds: partnerIds,
                countries: countries, unitName: unitName ?? nil, rank: rank ?? nil, people: people ?? nil,
                domains: domains, outcomes: outcomes.flatMap { $0 } ?? "", budget: budget ?? nil, actual: actual ?? nil)
        }

        private mutating func readEnd(_ cells: [String], start: Day?, row: Int) -> Day? {
            let text = cell(cells, .end)
            guard !text.isEmpty else { return start }
            guard let end = value(ExchangeImporter.day(text), column: .end, text: text, row: row) else { return nil }
            if let start, end < start {
                errors.append(
                    RowError(
                        row: row, column: .end, value: text,
                        reason: Bilingual(zh: "早于开始日期 \(start)", en: "is before the start date \(start)")))
                return nil
            }
            return end
        }

        /// The value of a cell that must not be blank, or nil with the problem recorded.
        private mutating func required<T>(
            _ cells: [String], _ column: ExchangeColumn, row: Int, missing: Bilingual,
            read: (String) -> Result<T, Refusal>
        ) -> T? {
            let text = cell(cells, column)
            guard !text.isEmpty else {
                errors.append(RowError(row: row, field: column.rawValue, reason: missing))
                return nil
            }
            return value(read(text), column: column, text: text, row: row)
        }

        /// `.some(nil)` for a blank cell, `.some(value)` for a good one, nil with the refusal recorded.
        private mutating func optional<T>(
            _ cells: [String], _ column: ExchangeColumn, row: Int, read: (String) -> Result<T, Refusal>
        ) -> T?? {
            let text = cell(cells, column)
            guard !text.isEmpty else { return .some(nil) }
            return value(read(text), column: column, text: text, row: row).map { .some($0) }
        }

        /// Each name of a list cell resolved, each value once; every name refused is recorded. `whole` resolves the
        /// whole cell as `resolve` does a name, without remembering it: a file's cells of several names are mostly
        /// each different, and remembering each of those filled the memo for nothing.
        private mutating func list<T: Hashable>(
            _ cells: [String], _ column: ExchangeColumn, row: Int, whole: (String) -> Result<T, Refusal>,
            resolve: (String) -> Result<T, Refusal>
        ) -> [T] {
            let text = cell(cells, column)
            // A name that itself holds a separator (`Korea, Republic of`) is taken whole when it resolves whole.
            var names = ExchangeImporter.names(text)
            if names.count > 1, case .success = whole(text) { names = [text] }
            var values: [T] = []
            for name in names {
                if let found = value(resolve(name), column: column, text: name, row: row), !values.contains(found) {
                    values.append(found)
                }
            }
            return values
        }

        /// The value, or nil with the refusal recorded as this row's error.
        private mutating func value<T>(_ result: Result<T, Refusal>, column: ExchangeColumn, text: String, row: Int)
            -> T?
        {
            switch result {
            case .success(let value): return value
            case .failure(let refusal):
                errors.append(RowError(row: row, column: column, value: text, reason: refusal.reason))
                return nil
            }
        }
    }
}
