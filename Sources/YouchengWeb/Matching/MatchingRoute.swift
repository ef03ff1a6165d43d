import Hummingbird

/// Matching (推荐结好对象): suggested partners and the thin-regions table for any signed-in user, the home's
/// matching settings and the city themes for administrators (`/pipeline/suggestions…`), and the same figures as JSON
/// (`/api/v1/suggestions`, `/api/v1/thin-regions`).
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

    /// One instance of each route, for registration (ids are placeholders).
    static let all: [MatchingRoute] = [
        .suggestions, .thin, .settings, .saveSettings, .cityThemes(geonameId: 0), .saveCityThemes(geonameId: 0),
        .apiSuggestions, .apiThinRegions,
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
        }
    }
}
