import Hummingbird

/// The maps: the world map of partnerships, the map of China and a partner's coordinates.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum MapRoute: Route {
    /// The world map of partnerships, with the list's filters.
    case map
    /// Our side on the map of China: homes with partners, and one city's districts without any.
    case chinaMap
    /// The partner page's coordinates form's target.
    case setPartnerPlace(id: Int64)

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [MapRoute] = [
        .map, .chinaMap, .setPartnerPlace(id: 0),
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .map: .get(["map"], .signedIn) { MapPage(dependencies: $0).show }
        case .chinaMap: .get(["map", "china"], .signedIn) { ChinaMapPage(dependencies: $0).show }
        case .setPartnerPlace(let id):
            .post(["partners", .id(id), "place"], .writer) { PartnerPlacePage(dependencies: $0).set }
        }
    }
}
