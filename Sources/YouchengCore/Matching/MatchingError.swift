/// Errors of the matching settings and city themes that users can cause, found by the store.
public enum MatchingError: Error, Sendable, Equatable {
    /// The settings or themes changed since they were read (their current version).
    case staleVersion(current: Int)
    /// No gazetteer city has that GeoNames id.
    case unknownCity(Int64)

    /// The message in both languages.
    public var message: Bilingual {
        switch self {
        case .staleVersion:
            Bilingual(
                zh: "该设置在您读取后已被他人修改，未保存您的更改",
                en: "the settings were changed after you read them; your change was not saved")
        case .unknownCity(let id):
            Bilingual(zh: "城市 geonameId \(id) 不在城市名录中", en: "city geonameId \(id) is not in the gazetteer")
        }
    }

    /// The field the error is about.
    public var field: String {
        switch self {
        case .staleVersion: "version"
        case .unknownCity: "geonameId"
        }
    }
}
