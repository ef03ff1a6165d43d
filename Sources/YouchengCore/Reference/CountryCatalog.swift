import Foundation

/// All countries and country groups, with look-up by code or by any of their names.
public struct CountryCatalog: Sendable {
    /// Countries by alpha-2 code.
    public let byAlpha2: [String: Country]
    /// Country groups in the order of the reference file.
    public let groups: [CountryGroup]
    private let index: [String: String]
    /// Alpha-2 codes in the order of the countries' names in each language, worked out when the reference files were
    /// written (`country_order.csv`); see `countriesInNameOrder`.
    public internal(set) var nameOrder: [Language: [String]] = [:]

    /// Builds the catalog; `variants` maps extra spellings (`USA`, `Great Britain`, `韩国`) to alpha-2 codes.
    public init(
        countries: [Country], variants: [(String, String)], groups: [CountryGroup], extraNames: [String: [String]] = [:]
    ) {
        var byAlpha2: [String: Country] = [:]
        var index: [String: String] = [:]
        for country in countries {
            byAlpha2[country.alpha2] = country
        }
        // Later entries never override earlier ones: codes first, then official names, then variants.
        func add(_ name: String, _ alpha2: String) {
            let key = NameKey.fold(name)
            if !key.isEmpty, index[key] == nil { index[key] = alpha2 }
        }
        for country in countries {
            add(country.alpha2, country.alpha2)
            add(country.alpha3, country.alpha2)
        }
        for country in countries {
            add(country.nameZh, country.alpha2)
            add(country.nameEn, country.alpha2)
            for name in extraNames[country.alpha2] ?? [] { add(name, country.alpha2) }
        }
        for (variant, alpha2) in variants where byAlpha2[alpha2] != nil {
            add(variant, alpha2)
        }
        self.byAlpha2 = byAlpha2
        self.index = index
        self.groups = groups
    }

    /// The country written as `text`: alpha-2, alpha-3, a Chinese or English name or a common variant.
    public func lookup(_ text: String) -> Country? {
        let key = NameKey.fold(text.trimmedWhitespace)
        guard let alpha2 = index[key] else { return nil }
        return byAlpha2[alpha2]
    }

    /// China and its regions (Hong Kong, Macao, Taiwan): not foreign countries, so never a partner's country.
    public static let domestic: Set<String> = ["CN", "HK", "MO", "TW"]

    /// Why a domestic code cannot be a partner's country: partners are foreign localities.
    public static let domesticReason = Bilingual(
        zh: "不是外国：国际友城的外方城市应在中国境外", en: "is not a foreign country: a partner is a locality abroad")

    /// The country with alpha-2 code `code`.
    public func country(_ code: String) -> Country? {
        byAlpha2[code.uppercased()]
    }

    /// The group with code `code` (case-insensitive).
    public func group(_ code: String) -> CountryGroup? {
        groups.first { $0.code.caseInsensitiveCompare(code) == .orderedSame }
    }

    /// Alpha-2 codes of the countries on `continent`, sorted.
    public func countries(on continent: Continent) -> [String] {
        byAlpha2.values.filter { $0.continent == continent }.map(\.alpha2).sorted()
    }

    /// Countries a free-text search means: the one `fragment` names exactly (a code, a name or a variant), or those
    /// whose Chinese or English name starts with it (at least two Chinese or three Latin characters, so that
    /// `us` does not find Russia and `南` does not find 越南).
    public func countriesMatching(_ fragment: String) -> [String] {
        if let exact = lookup(fragment) { return [exact.alpha2] }
        let needle = NameKey.fold(fragment)
        let isLatin = needle.unicodeScalars.allSatisfy(\.isASCII)
        guard needle.count >= (isLatin ? 3 : 2) else { return [] }
        return byAlpha2.values.filter {
            NameKey.fold($0.nameZh).hasPrefix(needle) || NameKey.fold($0.nameEn).hasPrefix(needle)
        }.map(\.alpha2).sorted()
    }
}
