import Foundation
import YouchengCore

/// Writing projects as a spreadsheet with the projects import's Chinese headers, so an export reads back (each
/// project at its current stage, dated from its first).
public enum ProjectFiles {
    /// The projects as table rows, header first; partners by a name that matches them alone, units, domains and
    /// stages by their Chinese names, amounts as plain decimals.
    public static func table(_ projects: [ProjectSummary], names: ExchangeImporter) -> [[String]] {
        let units = Dictionary(names.units.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { first, _ in first })
        var rows = [ProjectColumn.allCases.map(\.label.zh)]
        rows.reserveCapacity(projects.count + 1)
        for p in projects {
            let d = p.draft
            rows.append(
                ProjectColumn.allCases.map { column in
                    switch column {
                    case .title: d.title
                    case .partners: d.partnerIds.map { names.uniqueName(partnerId: $0) }.joined(separator: "、")
                    case .unit: units[d.unitId] ?? String(d.unitId)
                    case .kind: d.kind.label.zh
                    case .stage: p.stage.label.zh
                    case .date: p.started.description
                    case .agreed: d.agreed?.plain ?? ""
                    case .realised: d.realised?.plain ?? ""
                    case .currency: d.currency
                    case .budget: d.budget?.plain ?? ""
                    case .actualCost: d.actualCost?.plain ?? ""
                    case .sourceKind: d.source?.kind.rawValue ?? ""
                    case .source: d.source?.reference ?? ""
                    case .lastUpdate: p.lastUpdate.description
                    }
                })
        }
        return rows
    }

    /// The projects as CSV (with a BOM for Excel, cells formula-guarded) or XLSX (one sheet).
    public static func export(_ projects: [ProjectSummary], format: ExportFormat, names: ExchangeImporter) throws
        -> Data
    {
        try TableExport.data(table(projects, names: names), format: format, sheet: "合作项目 Projects")
    }
}
