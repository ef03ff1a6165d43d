/// A field of cooperation an exchange belongs to (经贸, 教育 …). The list is the deployment's own: these are the
/// defaults, stored in the database, where an administrator adds, renames or retires domains.
public struct ExchangeDomain: Sendable, Hashable, Codable {
    /// Which side of the portfolio balance a domain counts for.
    public enum Balance: String, Sendable, Hashable, Codable, CaseIterable {
        /// Culture, education, tourism, youth: people-to-people.
        case soft
        /// Trade, science & technology, health: economic and technical.
        case hard
        /// Neither.
        case neutral
    }

    /// A stable code (`trade`, `education`, or one an administrator chose).
    public var code: String
    /// The Chinese name.
    public var nameZh: String
    /// The English name.
    public var nameEn: String
    /// The balance side.
    public var balance: Balance
    /// Whether it is offered for new exchanges (retired domains stay on old ones).
    public var active: Bool

    /// Creates a domain.
    public init(code: String, nameZh: String, nameEn: String, balance: Balance = .neutral, active: Bool = true) {
        self.code = code
        self.nameZh = nameZh
        self.nameEn = nameEn
        self.balance = balance
        self.active = active
    }

    /// The name in both languages.
    public var label: Bilingual { Bilingual(zh: nameZh, en: nameEn) }

    /// The domains a new deployment starts with.
    public static let defaults: [ExchangeDomain] = [
        ExchangeDomain(code: "trade", nameZh: "经贸", nameEn: "Trade & investment", balance: .hard),
        ExchangeDomain(code: "science", nameZh: "科技", nameEn: "Science & technology", balance: .hard),
        ExchangeDomain(code: "education", nameZh: "教育", nameEn: "Education", balance: .soft),
        ExchangeDomain(code: "culture", nameZh: "文化", nameEn: "Culture", balance: .soft),
        ExchangeDomain(code: "tourism", nameZh: "旅游", nameEn: "Tourism", balance: .soft),
        ExchangeDomain(code: "health", nameZh: "卫生", nameEn: "Health", balance: .hard),
        ExchangeDomain(code: "sports", nameZh: "体育", nameEn: "Sports"),
        ExchangeDomain(code: "youth", nameZh: "青少年", nameEn: "Youth", balance: .soft),
        ExchangeDomain(code: "urban", nameZh: "城市管理", nameEn: "Urban governance"),
        ExchangeDomain(code: "environment", nameZh: "环境", nameEn: "Environment"),
    ]
}

extension Array where Element == ExchangeDomain {
    /// The domain `text` names — its code, Chinese or English name (any case), or the English name's first word
    /// (`trade`, `science`) — or nil.
    public func domain(named text: String) -> ExchangeDomain? {
        DomainNames(self).domain(named: text)
    }
}
