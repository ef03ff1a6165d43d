extension PeerCity {
    /// The fields of a peer figure, as the form and a peers spreadsheet name them.
    public static let columns: [(field: String, aliases: [String], label: Bilingual)] = [
        ("city", ["城市", "city", "城市名称"], Bilingual(zh: "城市", en: "city")),
        ("province", ["省份", "province", "省"], Bilingual(zh: "省份", en: "province")),
        ("partnerships", ["友城数", "partnerships", "友城数量", "友好城市数"], Bilingual(zh: "友城数", en: "partnerships")),
        ("countries", ["国家数", "countries", "国家数量"], Bilingual(zh: "国家数", en: "countries")),
        ("year", ["年份", "year", "年度"], Bilingual(zh: "年份", en: "year")),
        ("source", ["来源", "source", "出处"], Bilingual(zh: "来源", en: "source")),
    ]

    /// A figure from fields by name (`city`, `province`, `partnerships`, `countries`, `year`, `source`), or every
    /// problem, each naming its field and the value.
    public static func read(_ fields: [String: String]) -> Result<PeerCity, FieldErrors> {
        var errors: [FieldError] = []
        func text(_ name: String) -> String { (fields[name] ?? "").trimmingCharacters(in: .whitespacesAndNewlines) }
        func label(_ name: String) -> Bilingual {
            columns.first { $0.field == name }?.label ?? Bilingual(zh: name, en: name)
        }
        func refuse(_ name: String, zh: String, en: String) {
            let l = label(name)
            errors.append(
                FieldError(
                    code: "invalid_\(name)", field: name,
                    message: Bilingual(zh: "\(l.zh)「\(text(name))」\(zh)", en: "\(l.en) \"\(text(name))\": \(en)")))
        }
        func number(_ name: String, _ range: ClosedRange<Int>, required: Bool) -> Int? {
            let value = text(name)
            if value.isEmpty {
                if required { refuse(name, zh: "不能为空", en: "is required") }
                return nil
            }
            guard let n = Int(value), range.contains(n) else {
                refuse(
                    name, zh: "应为 \(range.lowerBound) 到 \(range.upperBound) 的整数",
                    en: "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
                return nil
            }
            return n
        }
        let city = text("city")
        if city.isEmpty || city.count > 50 { refuse("city", zh: "应为 1 到 50 个字", en: "must have 1 to 50 characters") }
        if text("province").count > 50 { refuse("province", zh: "不能超过 50 个字", en: "must have at most 50 characters") }
        if text("source").count > 300 { refuse("source", zh: "不能超过 300 个字", en: "must have at most 300 characters") }
        let partnerships = number("partnerships", 0...100_000, required: true)
        let countries = number("countries", 0...300, required: false)
        let year = number("year", 1950...2100, required: true)
        guard errors.isEmpty, let partnerships, let year else { return .failure(FieldErrors(errors: errors)) }
        return .success(
            PeerCity(
                city: city, province: text("province"), partnerships: partnerships, countries: countries, year: year,
                source: text("source")))
    }

    /// The figures of a peers spreadsheet (header row first) and every row error (the figures count only when there
    /// is none); a missing `city`, `partnerships` or `year` column is one error on row 1.
    public static func read(table: [[String]]) -> (peers: [PeerCity], errors: [RowError]) {
        guard let header = table.first else {
            return ([], [RowError(row: 1, reason: Bilingual(zh: "文件为空", en: "the file is empty"))])
        }
        func key(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces).lowercased() }
        var index: [String: Int] = [:]
        for (i, name) in header.enumerated() {
            if let column = columns.first(where: { $0.aliases.map(key).contains(key(name)) }) {
                index[column.field] = i
            }
        }
        let missing = ["city", "partnerships", "year"].filter { index[$0] == nil }
        guard missing.isEmpty else {
            let names = missing.map { name in columns.first { $0.field == name }!.label }
            return (
                [],
                [
                    RowError(
                        row: 1,
                        reason: Bilingual(
                            zh: "缺少列：" + names.map(\.zh).joined(separator: "、"),
                            en: "missing columns: " + names.map(\.en).joined(separator: ", ")))
                ]
            )
        }
        var peers: [PeerCity] = []
        var errors: [RowError] = []
        for (offset, row) in table.enumerated().dropFirst()
        where row.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let fields = index.mapValues { $0 < row.count ? row[$0] : "" }
            switch read(fields) {
            case .success(let peer): peers.append(peer)
            case .failure(let problems):
                errors += problems.errors.map { RowError(row: offset + 1, field: $0.field, reason: $0.message) }
            }
        }
        return (errors.isEmpty ? peers : [], errors)
    }
}
