/// The themes an administrator has recorded for a gazetteer city (the editable city-themes table), beside those the
/// registry already shows (its exchanges' domains, its partnerships' notes).
public struct CityThemes: Sendable, Hashable {
    /// The city's GeoNames id.
    public var geonameId: Int64
    /// The themes, as written, without repeats.
    public var themes: [String]
    /// Incremented on every change (0: none recorded yet).
    public var version: Int

    /// Creates a city's themes.
    public init(geonameId: Int64, themes: [String], version: Int) {
        self.geonameId = geonameId
        self.themes = themes
        self.version = version
    }

    /// The most themes a city keeps, and the longest a theme may be.
    public static let maxThemes = 30
    /// The longest theme, in characters.
    public static let maxLength = 40

    /// Reads themes from text (split as `SuggestionQuery.themes(from:)`), refusing too many or too long ones.
    public static func parse(_ text: String) throws(FieldError) -> [String] {
        let themes = SuggestionQuery.themes(from: text)
        if themes.count > maxThemes {
            throw FieldError(
                code: "too_many_themes", field: "themes",
                message: Bilingual(zh: "主题最多 \(maxThemes) 个", en: "at most \(maxThemes) themes"))
        }
        if let long = themes.first(where: { $0.count > maxLength }) {
            throw FieldError(
                code: "theme_too_long", field: "themes",
                message: Bilingual(
                    zh: "主题「\(long)」超过 \(maxLength) 个字", en: "theme \"\(long)\" is longer than \(maxLength) characters")
            )
        }
        return themes
    }

    /// Themes and version, for audit entries.
    public var auditValues: [(String, String?)] {
        [("themes", themes.joined(separator: "\n")), (FieldChange.versionField, String(version))]
    }
}
