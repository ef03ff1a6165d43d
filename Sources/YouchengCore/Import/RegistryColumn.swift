/// The columns a registry spreadsheet may have, with the header names accepted for each (their
/// labels and aliases in `Resources/vocabulary.csv`).
public enum RegistryColumn: String, Sendable, CaseIterable, Codable, ImportColumn {
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
}
