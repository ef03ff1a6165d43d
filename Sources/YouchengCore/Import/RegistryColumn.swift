/// The columns a registry spreadsheet may have, with the header names accepted for each.
public enum RegistryColumn: String, Sendable, CaseIterable, Codable {
    /// 本地主体代码: the home's 6-digit code (written by export; wins over `home`).
    case homeCode = "home_code"
    /// 本地主体: the home by code or name.
    case home
    /// 外方城市: the partner's Chinese name.
    case partnerZh = "partner_zh"
    /// 外方城市英文名: the partner's name in English or its own language.
    case partner
    /// 国家: the partner's country.
    case country
    /// 类型: sister or friendship city.
    case kind
    /// 结好时间: when it was established.
    case established
    /// 状态: active, suspended or ended.
    case status
    /// 备注: notes.
    case notes

    /// The Chinese header `export` writes, and the names errors use.
    public var label: Bilingual {
        switch self {
        case .homeCode: Bilingual(zh: "本地主体代码", en: "home_code")
        case .home: Bilingual(zh: "本地主体", en: "home")
        case .partnerZh: Bilingual(zh: "外方城市", en: "partner_zh")
        case .partner: Bilingual(zh: "外方城市英文名", en: "partner")
        case .country: Bilingual(zh: "国家", en: "country")
        case .kind: Bilingual(zh: "类型", en: "kind")
        case .established: Bilingual(zh: "结好时间", en: "established")
        case .status: Bilingual(zh: "状态", en: "status")
        case .notes: Bilingual(zh: "备注", en: "notes")
        }
    }

    /// Header names, compared after `normalizeHeader`.
    var aliases: [String] {
        switch self {
        case .homeCode: ["本地主体代码", "home_code", "homecode", "home code"]
        case .home: ["本地主体", "home", "中方城市", "中方", "中方主体"]
        case .partnerZh: ["外方城市", "partner_zh", "外方城市中文名", "外方城市名称"]
        case .partner: ["外方城市英文名", "partner", "partner_en", "外方城市外文名", "partner name"]
        case .country: ["国家", "country", "国别", "所在国", "国家代码", "country_code"]
        case .kind: ["类型", "kind", "type", "友城类型", "关系类型"]
        case .established: ["结好时间", "established", "签约时间", "缔结时间", "结好日期", "签约日期", "date"]
        case .status: ["状态", "status"]
        case .notes: ["备注", "notes", "note", "remarks"]
        }
    }

    /// `" Partner_EN "` → `partneren`: case, spaces, `_` and `-` do not count in header names.
    static func normalizeHeader(_ text: String) -> String {
        String(
            text.lowercased().unicodeScalars.filter {
                !($0 == " " || $0 == "_" || $0 == "-" || $0 == "\u{FEFF}" || $0 == "\u{3000}" || $0 == "\t")
            })
    }

    /// The column a header names, or nil for an unknown header.
    public static func matching(header: String) -> RegistryColumn? {
        let key = normalizeHeader(header)
        return allCases.first { column in column.aliases.contains { normalizeHeader($0) == key } }
    }
}
