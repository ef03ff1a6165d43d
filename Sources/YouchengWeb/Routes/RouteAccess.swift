import Hummingbird
import YouchengCore

/// Who may use a route. Registration checks it before the handler runs, so a handler never asks for a role again;
/// what depends on the record (an editor's unit or locality) stays with `AccessPolicy`, asked by the handler.
enum RouteAccess: Sendable, CaseIterable {
    /// Anyone, signed in or not: the sign-in form, `/health`, static files, the calendar feed (it checks its token).
    case open
    /// Any signed-in user.
    case signedIn
    /// A user who writes records (`AccessPolicy.mayWrite`): admins and editors.
    case writer
    /// A user who administers the site (`AccessPolicy.mayAdminister`): admins.
    case admin

    /// Nil when `context`'s account may use a route with this access; otherwise the refusal: signed out, a page is
    /// sent to the sign-in form (303, coming back to the asked page afterwards) and an API call throws 401; signed
    /// in without the role, `AccessDenied` (403, rendered as a page or as JSON by `ErrorMiddleware`).
    func refusal(_ request: Request, _ context: WebRequestContext) throws -> Response? {
        if self == .open { return nil }
        guard let account = context.account else {
            if WebRoute.speaksJSON(path: request.uri.path) { throw WebError.unauthorized }
            let next = request.method == .get ? request.uri.description : request.uri.path
            return Response(status: .seeOther, headers: [.location: AccountRoute.login.link([("next", next)])])
        }
        guard admits(account.principal) else { throw AccessDenied() }
        return nil
    }

    /// Whether a signed-in `principal` may use a route with this access.
    func admits(_ principal: Principal) -> Bool {
        switch self {
        case .open, .signedIn: true
        case .writer: AccessPolicy.mayWrite(principal)
        case .admin: AccessPolicy.mayAdminister(principal)
        }
    }
}
