import Hummingbird

/// The registry and the exchanges drawn as charts.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum ChartRoute: Route {
    /// The registry and the exchanges drawn as charts.
    case charts

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [ChartRoute] = [
        .charts
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .charts: .get(["charts"], .signedIn) { ChartsPage(dependencies: $0).show }
        }
    }
}
