import Hummingbird

/// Refuses requests that a browser was made to send by another site, before any handler runs:
///
/// - a `Host` the server does not answer (`HostPolicy`): 421, or 400 when the header is missing or malformed;
/// - a POST, PUT, PATCH or DELETE whose `Origin` is not the request's own origin (scheme, host and port of its
///   `Host`), or that the browser marks `Sec-Fetch-Site: cross-site` (or `same-site`, which is another origin): 403.
///
/// This is the first defence against cross-site writes; every form also carries the session's CSRF token, which
/// the handlers check. The browser's own `Origin` and `Sec-Fetch-Site` headers, which a page cannot forge, tell a
/// form posted from our pages apart from one posted from elsewhere. Clients that send neither header (curl,
/// scripts) pass here and still need a session and its token.
struct RequestGuardMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    let hosts: HostPolicy

    /// The methods that change something.
    static let unsafeMethods: Set<HTTPRequest.Method> = [.post, .put, .patch, .delete]

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let authority = request.head.authority.flatMap { Authority(parsing: $0) }
        if hosts.restricts {
            guard let authority else { throw WebError.badHost }
            guard hosts.allows(authority) else { throw WebError.hostNotAllowed(authority.host) }
        }
        if Self.unsafeMethods.contains(request.method) {
            guard Self.isSameOrigin(request, authority: authority) else { throw WebError.crossSite }
        }
        return try await next(request, context)
    }

    /// Whether an unsafe request may proceed: its `Origin`, if sent, is its own, and the browser does not say it
    /// comes from another site.
    static func isSameOrigin(_ request: Request, authority: Authority?) -> Bool {
        let own = authority.flatMap { WebOrigin(scheme: scheme(of: request), authority: $0) }
        let origin = request.headers[.origin]
        let originIsOwn = origin.flatMap(WebOrigin.init(parsing:)).map { $0 == own } ?? false
        if origin != nil && !originIsOwn { return false }
        switch request.headers[secFetchSite]?.lowercased() {
        case "cross-site": return false
        case "same-site": return originIsOwn
        default: return true  // same-origin, none (typed by the user), or an older browser that does not say
        }
    }

    /// The scheme the browser used: `X-Forwarded-Proto` when a TLS-terminating proxy sets it, else the server's.
    /// A page cannot add that header to a cross-site form, and a script that tries triggers a CORS preflight, which
    /// this server never grants; so trusting it cannot let a foreign origin through.
    static func scheme(of request: Request) -> String {
        if let forwarded = request.headers[forwardedProto]?.split(separator: ",").first {
            let scheme = forwarded.filter { $0 != " " && $0 != "\t" }.lowercased()
            if scheme == "http" || scheme == "https" { return scheme }
        }
        return request.head.scheme ?? "http"
    }

    private static let secFetchSite = HTTPFields.Element.Name("Sec-Fetch-Site")!
    private static let forwardedProto = HTTPFields.Element.Name("X-Forwarded-Proto")!
}
