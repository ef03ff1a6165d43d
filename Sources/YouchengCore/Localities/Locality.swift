/// The level of a home locality; a partnership's level (city-level, district-level …) is its home's.
public enum LocalityLevel: String, Sendable, CaseIterable, Codable, Hashable {
    /// Provinces, autonomous regions and the four municipalities (北京、天津、上海、重庆).
    case province
    /// Prefecture-level cities, prefectures, leagues.
    case city
    /// Counties, districts, county-level cities, development zones.
    case district
    /// Universities, development zones and other institutions as home parties (not loaded yet).
    case institution

    /// The name in both languages.
    public var label: Bilingual {
        switch self {
        case .province: Bilingual(zh: "省级", en: "Province level")
        case .city: Bilingual(zh: "市级", en: "City level")
        case .district: Bilingual(zh: "区县级", en: "District level")
        case .institution: Bilingual(zh: "机构", en: "Institution")
        }
    }
}

/// A home party: a Chinese administrative division (or, later, an institution) that keeps partnerships.
public struct Locality: Sendable, Hashable, Codable {
    /// The 6-digit division code (`320106`).
    public var code: String
    /// The Chinese name (`鼓楼区`).
    public var name: String
    /// The name with its city or province in front where that disambiguates (`南京市鼓楼区`).
    public var fullName: String
    /// Pinyin name, machine-made (`Gulou`).
    public var nameEn: String
    /// Province, city or district level.
    public var level: LocalityLevel
    /// The code of the locality above it; nil for provinces.
    public var parentCode: String?

    /// Creates a locality.
    public init(code: String, name: String, fullName: String, nameEn: String, level: LocalityLevel, parentCode: String?) {
        self.code = code
        self.name = name
        self.fullName = fullName
        self.nameEn = nameEn
        self.level = level
        self.parentCode = parentCode
    }
}

/// Why a home could not be resolved.
public enum LocalityLookupError: Error, Sendable, Equatable {
    /// No locality has that code or name.
    case unknown(String)
    /// Several localities have that name; the candidates are listed.
    case ambiguous(String, candidates: [Locality])

    /// The message in both languages, listing candidates with their codes.
    public var message: Bilingual {
        switch self {
        case .unknown(let text):
            return Bilingual(zh: "本地主体「\(text)」不存在", en: "home \"\(text)\" is not a known locality")
        case .ambiguous(let text, let candidates):
            let list = candidates.map { "\($0.fullName) \($0.code)" }.joined(separator: "、")
            let listEn = candidates.map { "\($0.fullName) \($0.code)" }.joined(separator: ", ")
            return Bilingual(
                zh: "本地主体「\(text)」有多个匹配：\(list)，请填写代码或全称",
                en: "home \"\(text)\" matches several localities: \(listEn); write the code or the full name")
        }
    }
}
