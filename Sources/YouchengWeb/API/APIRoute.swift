import Hummingbird

/// The JSON API of the registry (`/api/v1/…`), for scripts with a token.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum APIRoute: Route {
    /// The situation summary as JSON.
    case apiSummary
    /// The partnership list as JSON.
    case apiPartnerships
    /// One partnership as JSON.
    case apiPartnership(id: Int64)
    /// Creating a partnership through the API.
    case apiCreatePartnership
    /// Changing a partnership through the API.
    case apiUpdatePartnership(id: Int64)
    /// Deleting a partnership through the API.
    case apiDeletePartnership(id: Int64)

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [APIRoute] = [
        .apiSummary, .apiPartnerships, .apiPartnership(id: 0), .apiCreatePartnership, .apiUpdatePartnership(id: 0),
        .apiDeletePartnership(id: 0),
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .apiSummary: .get(["api", "v1", "summary"], .signedIn) { SummaryAPI(dependencies: $0).summary }
        case .apiPartnerships:
            .get(["api", "v1", "partnerships"], .signedIn) { PartnershipsAPI(dependencies: $0).list }
        case .apiPartnership(let id):
            .get(["api", "v1", "partnerships", .id(id)], .signedIn) { PartnershipsAPI(dependencies: $0).show }
        case .apiCreatePartnership:
            .post(["api", "v1", "partnerships"], .writer) { PartnershipsAPI(dependencies: $0).create }
        case .apiUpdatePartnership(let id):
            .patch(["api", "v1", "partnerships", .id(id)], .writer) { PartnershipsAPI(dependencies: $0).update }
        case .apiDeletePartnership(let id):
            .delete(["api", "v1", "partnerships", .id(id)], .writer) { PartnershipsAPI(dependencies: $0).delete }
        }
    }
}
