import Foundation

extension RegistryImporter {
    /// Reads data rows one by one, caching name look-ups and remembering pairs already seen.
    struct RowReader {
        let importer: RegistryImporter
        let columns: [RegistryColumn: Int]
        var rows: [RegistryRow] = []
        var errors: [RowError] = []
        var count = 0
        private var homeCache: [String: Result<Locality, LocalityLookupError>] = [:]
        private var seenPairs: [String: Int] = [:]

        init(importer: RegistryImporter, columns: [RegistryColumn: Int]) {
            self.importer = importer
            self.columns = columns
        }

        func cell(_ row: [String], _ column: RegistryColumn) -> String? {
            guard let i = columns[column] else { return nil }
            return i < row.count ? row[i].trimmingCharacters(in: .whitespacesAndNewlines) : ""
        }

        mutating func read(_ cells: [String], row: Int) {
            count += 1
            let before = errors.count
            let home = readHome(cells, row: row)
            let partnerName = checkedText(cells, .partner, limit: RegistryValue.maxNameLength, row: row) ?? ""
            let partnerNameZh = checkedText(cells, .partnerZh, limit: RegistryValue.maxNameLength, row: row) ?? ""
            let notes = checkedText(cells, .notes, limit: RegistryValue.maxNotesLength, multiline: true, row: row)
            if (cell(cells, .partner) ?? "").isEmpty && (cell(cells, .partnerZh) ?? "").isEmpty {
                errors.append(
                    RowError(
                        row: row, field: RegistryColumn.partner.rawValue,
                        reason: Bilingual(
                            zh: "缺少外方城市名称（中文名或英文名至少填一个）", en: "no partner name (give partner_zh or partner)")))
            }
            let country = readCountry(cells, row: row)
            let kind = readKind(cells, row: row)
            let established = readEstablished(cells, row: row)
            let status = readStatus(cells, row: row)
            guard errors.count == before, let home, let country else { return }
            let record = RegistryRow(
                row: row, homeCode: home.code, partnerName: partnerName, partnerNameZh: partnerNameZh, country: country,
                kind: kind, established: established, status: status, notes: notes)
            let pair = home.code + "#" + record.partnerKey
            if let first = seenPairs[pair] {
                errors.append(
                    RowError(
                        row: row,
                        reason: Bilingual(
                            zh: "与第 \(first) 行重复（同一本地主体与同一外方城市）",
                            en: "repeats row \(first) (the same home and partner)")))
                return
            }
            seenPairs[pair] = row
            rows.append(record)
        }

        private mutating func readHome(_ cells: [String], row: Int) -> Locality? {
            let (column, text): (RegistryColumn, String) =
                if let code = cell(cells, .homeCode), !code.isEmpty { (.homeCode, code) } else {
                    (.home, cell(cells, .home) ?? "")
                }
            if text.isEmpty {
                if let home = importer.defaultHome { return home }
                errors.append(RowError(row: row, field: "home", reason: Bilingual(zh: "缺少本地主体", en: "no home")))
                return nil
            }
            let result = homeCache[text] ?? importer.reference.localities.resolve(text)
            homeCache[text] = result
            switch result {
            case .success(let locality): return locality
            case .failure(let error):
                errors.append(RowError(row: row, column: column, value: text, reason: error.reason))
                return nil
            }
        }

        private mutating func readCountry(_ cells: [String], row: Int) -> String? {
            let text = cell(cells, .country) ?? ""
            if text.isEmpty {
                errors.append(RowError(row: row, field: "country", reason: Bilingual(zh: "缺少国家", en: "no country")))
                return nil
            }
            return value(
                RegistryValue.country(text, in: importer.reference.countries), column: .country, text: text, row: row)
        }

        private mutating func readKind(_ cells: [String], row: Int) -> PartnershipKind? {
            // An empty cell, like a missing column, keeps the stored kind (a new partnership is a sister city).
            guard let text = cell(cells, .kind), !text.isEmpty else { return nil }
            return value(RegistryValue.kind(text), column: .kind, text: text, row: row)
        }

        private mutating func readEstablished(_ cells: [String], row: Int) -> PartialDate?? {
            guard let text = cell(cells, .established) else { return nil }
            if text.isEmpty { return .some(nil) }
            return value(RegistryValue.date(text), column: .established, text: text, row: row).map { .some($0) }
        }

        private mutating func readStatus(_ cells: [String], row: Int) -> PartnershipStatus? {
            // An empty cell keeps the stored status (a new partnership is active).
            guard let text = cell(cells, .status), !text.isEmpty else { return nil }
            return value(RegistryValue.status(text), column: .status, text: text, row: row)
        }

        /// The cell's text when the column exists and the text is acceptable (length, no control characters).
        private mutating func checkedText(
            _ cells: [String], _ column: RegistryColumn, limit: Int, multiline: Bool = false, row: Int
        ) -> String? {
            guard let text = cell(cells, column) else { return nil }
            return value(
                RegistryValue.text(text, limit: limit, multiline: multiline), column: column, text: text, row: row)
        }

        /// The value, or nil with the refusal recorded as this row's error.
        private mutating func value<T>(
            _ result: Result<T, RegistryValue.Refusal>, column: RegistryColumn, text: String, row: Int
        ) -> T? {
            switch result {
            case .success(let value): return value
            case .failure(let refusal):
                errors.append(RowError(row: row, column: column, value: text, reason: refusal.reason))
                return nil
            }
        }
    }
}
