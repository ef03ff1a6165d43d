/// A country or territory of ISO 3166-1, with the names and region Youcheng shows.
public struct Country: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-2 code, the key everywhere (`JP`).
    public var alpha2: String
    /// ISO 3166-1 alpha-3 code (`JPN`).
    public var alpha3: String
    /// Short English name (`Japan`).
    public var nameEn: String
    /// Chinese name in PRC usage (`日本`, `中国香港`).
    public var nameZh: String
    /// The continent of its M49 region; nil for Antarctica and the like.
    public var continent: Continent?

    /// Creates a country record.
    public init(alpha2: String, alpha3: String, nameEn: String, nameZh: String, continent: Continent?) {
        self.alpha2 = alpha2
        self.alpha3 = alpha3
        self.nameEn = nameEn
        self.nameZh = nameZh
        self.continent = continent
    }

    /// Both names.
    public var label: Bilingual { Bilingual(zh: nameZh, en: nameEn) }
}

/// A group of countries that reports count (Belt and Road, RCEP, ASEAN …). Memberships are data, not code.
public struct CountryGroup: Sendable, Hashable, Codable {
    /// The group's code (`BRI-MOU`, `ASEAN`, `EU` …).
    public var code: String
    /// Names in both languages.
    public var name: Bilingual
    /// Alpha-2 codes of the current members and signatories.
    public var members: Set<String>

    /// Creates a group.
    public init(code: String, name: Bilingual, members: Set<String>) {
        self.code = code
        self.name = name
        self.members = members
    }
}
