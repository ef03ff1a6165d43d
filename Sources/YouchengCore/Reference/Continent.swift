/// The five continents of the UN M49 regions, as reports count them.
public enum Continent: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// 亚洲 Asia (M49 142).
    case asia
    /// 欧洲 Europe (M49 150).
    case europe
    /// 非洲 Africa (M49 002).
    case africa
    /// 美洲 Americas (M49 019).
    case americas
    /// 大洋洲 Oceania (M49 009).
    case oceania

    /// The M49 region code of this continent (`142` Asia …).
    public var m49Code: String {
        switch self {
        case .asia: "142"
        case .europe: "150"
        case .africa: "002"
        case .americas: "019"
        case .oceania: "009"
        }
    }

    /// The continent whose M49 region code is `code`.
    public init?(m49Code code: String) {
        guard let match = Continent.allCases.first(where: { $0.m49Code == code }) else { return nil }
        self = match
    }
}
