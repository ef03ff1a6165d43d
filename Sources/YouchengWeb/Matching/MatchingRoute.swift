import Hummingbird

/// Matching (推荐结好对象): suggested partners and the thin-regions table for any signed-in user, the home's
/// matching settings and the city themes for administrators (`/pipeline/suggestions…`), and the same figures as JSON
/// (`/api/v1/suggestions`, `/api/v1/thin-regions`), and the settings and city themes through the API (admins).
enum MatchingRoute: Route {
    /// Suggested partners for a home, filtered, sorted and paged.
    case suggestions
    /// The thin-regions table of a home.
    case thin
    /// The form of a home's population and target shares (admins).
    case settings
    /// The settings form's target.
    case saveSettings
    /// The form of a city's themes (admins).
    case cityThemes(geonameId: Int64)
    /// The city-themes form's target.
    case saveCityThemes(geonameId: Int64)
    /// Suggestions as JSON.
    case apiSuggestions
    /// The thin-regions table as JSON.
    case apiThinRegions
    /// A home's settings as JSON (admins).
    case apiSettings
    /// Replacing a home's settings through the API.
    case apiSaveSettings
    /// A city's themes as JSON (admins).
    case apiCityThemes(geonameId: Int64)
    /// Replacing a city's themes through the API.
    case apiSaveCityThemes(geonameId: Int64)

    /// One instance of each route, for registration (ids are placeholders).
    static let all: [MatchingRoute] = [
        .suggestions, .thin, .settings, .saveSettings, .cityThemes(geonameId: 0), .saveCityThemes(geonameId: 0),
        .apiSuggestions, .apiThinRegions, .apiSettings, .apiSaveSettings, .apiCityThemes(geonameId: 0),
        .apiSaveCityThemes(geonameId: 0),
    ]

    /// Method, path, access and handler of each route.
    var declaration: RouteDeclaration {
        switch self {
        case .suggestions: .get(["pipeline", "suggestions"], .signedIn) { SuggestionsPage(dependencies: $0).show }
        case .thin: .get(["pipeline", "thin"], .signedIn) { ThinRegionsPage(dependencies: $0).show }
        case .settings:
            .get(["pipeline", "suggestions", "settings"], .admin) { MatchSettingsPages(dependencies: $0).edit }
        case .saveSettings:
            .post(["pipeline", "suggestions", "settings"], .admin) { MatchSettingsPages(dependencies: $0).save }
        case .cityThemes(let id):
            .get(["pipeline", "suggestions", "cities", .id(id), "themes"], .admin) {
                CityThemesPages(dependencies: $0).edit
            }
        case .saveCityThemes(let id):
            .post(["pipeline", "suggestions", "cities", .id(id), "themes"], .admin) {
                CityThemesPages(dependencies: $0).save
            }
        case .apiSuggestions:
            .get(["api", "v1", "suggestions"], .signedIn) { MatchingAPI(dependencies: $0).suggestions }
        case .apiThinRegions: .get(["api", "v1", "thin-regions"], .signedIn) { MatchingAPI(dependencies: $0).thin }
        case .apiSettings:
            .get(["api", "v1", "suggestions", "settings"], .admin) { MatchingAPI(dependencies: $0).settings }
        case .apiSaveSettings:
            .put(["api", "v1", "suggestions", "settings"], .admin) { MatchingAPI(dependencies: $0).saveSettings }
        case .apiCityThemes(let id):
            .get(["api", "v1", "cities", .id(id), "themes"], .admin) { MatchingAPI(dependencies: $0).cityThemes }
        case .apiSaveCityThemes(let id):
            .put(["api", "v1", "cities", .id(id), "themes"], .admin) { MatchingAPI(dependencies: $0).saveCityThemes }
        }
    }
}
