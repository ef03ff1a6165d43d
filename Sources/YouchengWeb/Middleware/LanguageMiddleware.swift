import Hummingbird
import YouchengCore

/// Picks the page language: `?lang=zh|en` (remembered in a `lang` cookie), else the cookie, else Chinese.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The cookie that keeps the choice per browser.
    static let cookieName = "lang"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        // A malformed query is refused later by the handler; here it only means no explicit choice.
        let chosen = (try? QueryString(parsing: request.uri.query ?? ""))?["lang"].flatMap(Language.init(code:))
        if let chosen {
            context.language = chosen
        } else if let cookie = request.cookies[Self.cookieName]?.value, let remembered = Language(code: cookie) {
            context.language = remembered
        }
        var response = try await next(request, context)
        if let chosen {
            response.setCookie(
                Cookie(
                    name: Self.cookieName, value: chosen.rawValue, maxAge: 365 * 24 * 3600, path: "/", httpOnly: true,
                    sameSite: .lax))
        }
        return response
    }
}
