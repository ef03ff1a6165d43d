import Foundation
import YouchengCore

/// Writing exchanges as a spreadsheet with the exchanges import's Chinese headers, so an export reads back unchanged.
public enum ExchangeFiles {
    /// The columns written, in the import's order.
    public static let exportColumns: [ExchangeColumn] = ExchangeColumn.allCases

    /// The exchanges as table rows, header first; partners by a name that matches them alone, countries, units,
    /// ranks, kinds and domains by their Chinese names.
    public static func table(_ exchanges: [Exchange], importer: ExchangeImporter) -> [[String]] {
        let units = Dictionary(importer.units.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { first, _ in first })
        let domains = Dictionary(
            importer.domains.map { ($0.code, $0.nameZh) }, uniquingKeysWith: { first, _ in first })
        let countries = importer.reference.countries
        var rows = [exportColumns.map(\.label.zh)]
        rows.reserveCapacity(exchanges.count + 1)
        for e in exchanges.lazy.map(\.draft) {
            rows.append(
                exportColumns.map { column in
                    switch column {
                    case .start: e.start.description
                    case .end: e.end.description
                    case .kind: e.kind.label.zh
                    case .partners: e.partnerIds.map { importer.uniqueName(partnerId: $0) }.joined(separator: "、")
                    case .countries: e.countries.map { countries.country($0)?.nameZh ?? $0 }.joined(separator: "、")
                    case .unit: e.unitId.flatMap { units[$0] } ?? ""
                    case .rank: e.rank?.label.zh ?? ""
                    case .people: e.people.map(String.init) ?? ""
                    case .domains: e.domains.map { domains[$0] ?? $0 }.joined(separator: "、")
                    case .title: e.title
                    case .outcomes: e.outcomes
                    case .budget: e.budget?.plain ?? ""
                    case .actual: e.actual?.plain ?? ""
                    }
                })
        }
        return rows
    }

    /// The exchanges as CSV (with a BOM for Excel, cells formula-guarded) or XLSX (one sheet).
    public static func export(_ exchanges: [Exchange], format: ExportFormat, importer: ExchangeImporter) throws -> Data
    {
        try TableExport.data(table(exchanges, importer: importer), format: format, sheet: "交流活动 Exchanges")
    }
}
