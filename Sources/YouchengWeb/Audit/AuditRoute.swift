import Hummingbird

/// The audit log (administrators).
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum AuditRoute: Route {
    /// The audit log (admins).
    case audit

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [AuditRoute] = [
        .audit
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .audit: .get(["audit"], .admin) { AuditLogPage(dependencies: $0).show }
        }
    }
}
