import Hummingbird
import YouchengCore
import YouchengStore

/// Finds who is signed in, for every request; each route's declared access (`RouteAccess`) then decides whether
/// they may use it.
///
/// A page request is signed in by the `youcheng_session` cookie; an API request by that cookie or by an
/// `Authorization: Bearer ycp_…` token. Every signed-in response is sent with `Cache-Control: no-store` unless it
/// sets its own.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The cookie holding the session id.
    static let cookieName = "youcheng_session"

    let accounts: AccountStores

    /// Handles the request with its reads remembered (`RequestReads`): the session's or token's statement reads the
    /// registry's change counter too, so a signed-in request that reads the registry makes one round trip, not two.
    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        try await RequestReads.during { try await signedIn(request, context: context, next: next) }
    }

    private func signedIn(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let grant = try await session(of: request) {
            try await accounts.sessions.touch(grant.session)
            context.account = grant.account
            context.csrfToken = grant.session.csrfToken
        } else if request.uri.path.hasPrefix(WebRoute.apiPrefix), let grant = try await token(of: request) {
            context.account = grant.account
        }
        var response = try await next(request, context)
        // A signed-in page shows what only its user may see: no cache (the browser's, a proxy's) may keep it. Static
        // files, which set their own caching, are left as they are.
        if context.account != nil && response.headers[.cacheControl] == nil {
            response.headers[.cacheControl] = "no-store"
        }
        return response
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
