import Hummingbird

/// Any route of the site, whichever its group: what registration, the error middleware and tests handle when the
/// group does not matter. Two values are equal when they are the same route of the same group.
struct WebRoute: Route, CustomStringConvertible {
    /// The route of its group.
    let base: any Route

    /// Wraps `route`.
    init(_ route: some Route) { base = route }

    /// Every group of routes, registered in this order. A new domain adds its enum here.
    static var groups: [any Route.Type] {
        [
            RegistryRoute.self, APIRoute.self, ImportRoute.self, ExchangeRoute.self, AccountRoute.self,
            AuditRoute.self, ReportRoute.self, CalendarRoute.self, MapRoute.self, ChartRoute.self, SystemRoute.self,
            NoticeRoute.self,
            PlanRoute.self,
            WorkspaceRoute.self,
            MeetingRoute.self,
            ProjectRoute.self,
            PipelineRoute.self,
            IndicatorRoute.self,
            MatchingRoute.self,
        ]
    }

    /// Every route of every group.
    static var all: [WebRoute] { groups.flatMap { group in group.all.map { WebRoute($0) } } }

    /// The wrapped route's declaration.
    var declaration: RouteDeclaration { base.declaration }

    /// The group and the case, as `RegistryRoute.partner(id: 0)`.
    var description: String { "\(type(of: base)).\(base)" }

    /// Same group, same case, same values.
    static func == (left: WebRoute, right: WebRoute) -> Bool { left.base.isEqual(to: right.base) }

    /// Hashes the group and the route.
    func hash(into hasher: inout Hasher) {
        hasher.combine(ObjectIdentifier(type(of: base)))
        base.hash(into: &hasher)
    }

    /// Whether a request path belongs to the JSON side (API and health), whose errors are JSON, not pages.
    static func speaksJSON(path: String) -> Bool {
        path.hasPrefix(apiPrefix) || path == SystemRoute.health.path
    }

    /// The common start of API paths.
    static let apiPrefix = "/api/"
}

extension Route {
    /// Whether `other` is this very route (same group, same case and values).
    fileprivate func isEqual(to other: any Route) -> Bool { (other as? Self) == self }
}
