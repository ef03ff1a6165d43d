import Hummingbird

/// What is not a page of a domain: the health check and the static files.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum SystemRoute: Route {
    /// Whether the program and its database are up.
    case health
    /// A file of `Resources/Static`.
    case asset(String)

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [SystemRoute] = [
        .health, .asset(""),
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .health: .get(["health"], .open) { HealthAPI(dependencies: $0).check }
        case .asset(let name): .get(["static", .name(name)], .open) { $0.assets.serve }
        }
    }
}
