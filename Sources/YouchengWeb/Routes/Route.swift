import Hummingbird

/// A group of the site's routes: one enum per domain, in one file, whose cases are its addresses. Each route
/// declares its method, path, access and handler once (`declaration`); registration binds the handler behind that
/// access, and `link` prints the URLs that views put in pages from the same path. No URL is written by hand
/// elsewhere. `WebRoute.groups` lists every group.
protocol Route: Hashable, Sendable {
    /// One instance of each route of the group, for registration (ids and names are placeholders).
    /// `RouteTableTests` fails when a case of the enum is missing here.
    static var all: [Self] { get }

    /// The route's method, path, access and handler.
    var declaration: RouteDeclaration { get }
}

extension Route {
    /// The HTTP method the route answers.
    var method: HTTPRequest.Method { declaration.method }

    /// Who may use the route.
    var access: RouteAccess { declaration.access }

    /// The router pattern, with `{id}` and `{name}` captures.
    var pattern: String { declaration.pattern }

    /// The concrete path of this route.
    var path: String { declaration.path }

    /// The link to this route with `query` appended.
    func link(_ query: QueryString = QueryString()) -> String {
        query.pairs.isEmpty ? path : path + "?" + query.encoded
    }

    /// The link with query pairs.
    func link(_ pairs: [(String, String)]) -> String { link(QueryString(pairs)) }
}
