import YouchengCore

/// Partners, units and domains for the exchanges import tests, and a way to write a one-row file.
enum ExchangeImportFixture {
    static let partners = [
        Partner(id: 1, name: "Nagoya", nameZh: "名古屋", country: "JP"),
        Partner(id: 2, name: "Perth", nameZh: "珀斯", country: "AU"),
        Partner(id: 3, name: "St. John's", nameZh: "圣约翰", country: "CA"),
        Partner(id: 4, name: "Saint John", nameZh: "圣约翰", country: "CA"),
        Partner(id: 5, name: "Florence", nameZh: "佛罗伦萨", country: "IT"),
        Partner(id: 6, name: "Washington, D.C.", nameZh: "华盛顿", country: "US"),
    ]

    static let units = [
        MemberUnit(id: 1, nameZh: "商务局", nameEn: "Bureau of Commerce", kind: .bureau, homeCode: nil, contactPerson: ""),
        MemberUnit(id: 2, nameZh: "教育局", nameEn: "", kind: .bureau, homeCode: nil, contactPerson: ""),
    ]

    static let importer = ExchangeImporter(
        reference: .bundled, partners: partners, units: units, domains: ExchangeDomain.defaults)

    /// Every column by its Chinese header, in declaration order.
    static let header = ExchangeColumn.allCases.map(\.label.zh)

    /// A good row — an outgoing trip on 6 May 2024 titled `考察` — with `changes` written over it.
    static func row(_ changes: [ExchangeColumn: String] = [:]) -> [String] {
        let base: [ExchangeColumn: String] = [.start: "2024-05-06", .kind: "出访", .title: "考察"]
        return ExchangeColumn.allCases.map { changes[$0] ?? base[$0] ?? "" }
    }

    /// The errors of a file with the full header and one row (row 2) with `changes`.
    static func errors(_ changes: [ExchangeColumn: String]) throws -> [RowError] {
        try importer.plan([header, row(changes)]).errors
    }
}
