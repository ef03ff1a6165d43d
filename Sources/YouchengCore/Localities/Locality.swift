/// The level of a home locality; a partnership's level (city-level, district-level …) is its home's.
public enum LocalityLevel: String, Sendable, CaseIterable, Codable, Hashable, Vocabulary {
    /// Provinces, autonomous regions and the four municipalities (北京、天津、上海、重庆).
    case province
    /// Prefecture-level cities, prefectures, leagues.
    case city
    /// Counties, districts, county-level cities, development zones.
    case district
    /// Universities, development zones and other institutions as home parties (not loaded yet).
    case institution
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
    public init(code: String, name: String, fullName: String, nameEn: String, level: LocalityLevel, parentCode: String?)
    {
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

    /// What is wrong with the value, to follow it in a message: `is not a known locality`, `matches several: …`.
    public var reason: Bilingual {
        switch self {
        case .unknown:
            return Bilingual(zh: "不是已知的本地主体", en: "is not a known locality")
        case .ambiguous(_, let candidates):
            let list = candidates.map { "\($0.fullName) \($0.code)" }
            return Bilingual(
                zh: "有多个匹配：\(list.joined(separator: "、"))，请填写代码或全称",
                en: "matches several: \(list.joined(separator: ", ")); write the code or the full name")
        }
    }

    /// The message in both languages, naming the value and listing candidates with their codes.
    public var message: Bilingual {
        let text: String =
            switch self {
            case .unknown(let t), .ambiguous(let t, _): t
            }
        return Bilingual(zh: "本地主体「\(text)」\(reason.zh)", en: "home \"\(text)\" \(reason.en)")
    }
}
