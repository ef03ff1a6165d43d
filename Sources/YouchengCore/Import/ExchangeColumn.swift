/// The columns an exchanges spreadsheet may have, with the header names accepted for each (their
/// labels and aliases in `Resources/vocabulary.csv`).
public enum ExchangeColumn: String, Sendable, CaseIterable, ImportColumn {
    /// 开始日期: the first day (required).
    case start
    /// 结束日期: the last day (the start when blank).
    case end
    /// 类型: the exchange kind (required).
    case kind
    /// 友城: registered partners by name, several allowed.
    case partners
    /// 国家: countries, several allowed.
    case countries
    /// 主办单位: the organizing unit by name.
    case unit
    /// 带队级别: the leading rank.
    case rank
    /// 人数: the head count.
    case people
    /// 领域: domains by name or code, several allowed.
    case domains
    /// 主题: what the exchange was about (required).
    case title
    /// 成果: the outcomes, as text.
    case outcomes
    /// 预算（元）: the budget in yuan.
    case budget
    /// 实际支出（元）: the actual amount in yuan.
    case actual
}
