import Foundation
import YouchengCore

/// Writing the prospect list as a spreadsheet. Each column has a Chinese and an English name; the file carries
/// the Chinese ones, as the other exports do, and the README lists both.
public enum ProspectFiles {
    /// The columns, in the order written.
    public enum Column: String, Sendable, CaseIterable {
        /// The foreign name, the Chinese name.
        case name, nameZh
        /// The country's code and Chinese name.
        case country, countryName
        /// The home's division code and name.
        case home, homeName
        /// The sponsoring unit's Chinese name.
        case unit
        /// The themes, separated by 、.
        case themes
        /// The current stage's Chinese name and its day.
        case stage, stageDate
        /// The partnership signing created, once signed.
        case partnershipId
        /// The gazetteer city, the notes, and who entered it.
        case geonameId, notes, createdBy

        /// The column's names.
        public var label: Bilingual {
            switch self {
            case .name: Bilingual(zh: "外文名", en: "Name")
            case .nameZh: Bilingual(zh: "中文名", en: "Chinese name")
            case .country: Bilingual(zh: "国家代码", en: "Country code")
            case .countryName: Bilingual(zh: "国家", en: "Country")
            case .home: Bilingual(zh: "本地主体代码", en: "Home code")
            case .homeName: Bilingual(zh: "本地主体", en: "Home")
            case .unit: Bilingual(zh: "推进单位", en: "Sponsoring unit")
            case .themes: Bilingual(zh: "合作主题", en: "Themes")
            case .stage: Bilingual(zh: "阶段", en: "Stage")
            case .stageDate: Bilingual(zh: "阶段日期", en: "Stage date")
            case .partnershipId: Bilingual(zh: "友城关系编号", en: "Partnership id")
            case .geonameId: Bilingual(zh: "GeoNames 编号", en: "GeoNames id")
            case .notes: Bilingual(zh: "备注", en: "Notes")
            case .createdBy: Bilingual(zh: "登记人", en: "Entered by")
            }
        }
    }

    /// The prospects as table rows, header first: countries, homes, units and stages by their Chinese names beside
    /// the codes, themes separated by 、. `units` names each unit by id.
    public static func table(_ prospects: [Prospect], units: [Int64: String], reference: ReferenceData) -> [[String]] {
        var rows = [Column.allCases.map(\.label.zh)]
        rows.reserveCapacity(prospects.count + 1)
        for p in prospects {
            let d = p.draft
            rows.append(
                Column.allCases.map { column in
                    switch column {
                    case .name: d.name
                    case .nameZh: d.nameZh
                    case .country: d.country
                    case .countryName: reference.countries.country(d.country)?.nameZh ?? d.country
                    case .home: d.homeCode
                    case .homeName: reference.localities.locality(d.homeCode)?.fullName ?? d.homeCode
                    case .unit: units[d.unitId] ?? String(d.unitId)
                    case .themes: d.themes.joined(separator: "、")
                    case .stage: p.stage.label.zh
                    case .stageDate: p.stageDate.description
                    case .partnershipId: p.partnershipId.map(String.init) ?? ""
                    case .geonameId: d.geonameId.map(String.init) ?? ""
                    case .notes: d.notes
                    case .createdBy: p.createdBy
                    }
                })
        }
        return rows
    }

    /// The prospects as CSV (with a BOM for Excel, cells formula-guarded) or XLSX (one sheet).
    public static func export(
        _ prospects: [Prospect], format: ExportFormat, units: [Int64: String], reference: ReferenceData
    ) throws -> Data {
        try TableExport.data(
            table(prospects, units: units, reference: reference), format: format, sheet: "结好意向 Prospects")
    }
}
