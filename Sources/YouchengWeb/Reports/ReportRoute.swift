import Hummingbird

/// Reports: round anniversaries, the annual report and the peer cities' figures.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum ReportRoute: Route {
    /// Round anniversaries of a period.
    case anniversaries
    /// The annual report of a year.
    case annualReport
    /// Other cities' figures and our rank.
    case peers
    /// Adding or correcting a peer figure.
    case peersAdd

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [ReportRoute] = [
        .anniversaries, .peers, .peersAdd, .annualReport,
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .anniversaries: .get(["anniversaries"], .signedIn) { AnniversariesPage(dependencies: $0).show }
        case .annualReport: .get(["reports", "annual"], .signedIn) { AnnualReportPage(dependencies: $0).show }
        case .peers: .get(["peers"], .signedIn) { PeersPages(dependencies: $0).list }
        case .peersAdd: .post(["peers"], .admin) { PeersPages(dependencies: $0).add }
        }
    }
}
