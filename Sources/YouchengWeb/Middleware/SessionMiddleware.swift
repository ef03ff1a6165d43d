import Hummingbird
import YouchengCore
import YouchengStore

/// Lets through only signed-in requests, except to the sign-in page, `/health` and static files.
///
/// A page request is signed in by the `youcheng_session` cookie; an API request by that cookie or by an
/// `Authorization: Bearer ycp_…` token. A signed-out page request is sent to `/login?next=…`; a signed-out API call
/// answers 401 JSON. Every signed-in response is sent with `Cache-Control: no-store` unless it sets its own.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The cookie holding the session id.
    static let cookieName = "youcheng_session"

    let accounts: AccountStores

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let path = request.uri.path
        var context = context
        if let grant = try await session(of: request) {
            try await accounts.sessions.touch(id: grant.session.id)
            context.account = grant.account
            context.csrfToken = grant.session.csrfToken
        } else if path.hasPrefix(WebRoute.apiPrefix), let grant = try await token(of: request) {
            context.account = grant.account
        }
        if context.account == nil && !Self.isOpen(path) {
            if WebRoute.speaksJSON(path: path) { throw WebError.unauthorized }
            let next = request.method == .get ? request.uri.description : path
            return Response(status: .seeOther, headers: [.location: WebRoute.login.link([("next", next)])])
        }
        var response = try await next(request, context)
        // A signed-in page shows what only its user may see: no cache (the browser's, a proxy's) may keep it. Static
        // files, which set their own caching, are left as they are.
        if context.account != nil && response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
    }

    /// Whether `path` is answered without signing in (the calendar feed checks its own token). `/favicon.ico`, which browsers ask for by themselves, gets its
    /// plain 404: sent to the sign-in page, it would race the page's own request for the sign-in form's token.
    static func isOpen(_ path: String) -> Bool {
        path == WebRoute.login.path || path == WebRoute.health.path || path.hasPrefix("/static/")
            || path == "/favicon.ico" || path == WebRoute.calendarFeed.path
    }

    private func session(of request: Request) async throws -> SessionGrant? {
        guard let id = request.cookies[Self.cookieName]?.value, RandomToken.isHex(id), !id.isEmpty else { return nil }
        return try await accounts.sessions.find(id: id)
    }

    private func token(of request: Request) async throws -> TokenGrant? {
        guard let header = request.headers[.authorization], header.lowercased().hasPrefix("bearer ") else {
            return nil
        }
        let text = header.dropFirst("bearer ".count).trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix(APIToken.prefix) else { return nil }
        return try await accounts.tokens.verify(text)
    }
}
