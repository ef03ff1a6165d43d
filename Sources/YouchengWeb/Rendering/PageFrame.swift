import Hummingbird
import YouchengCore

/// What the layout needs from the request: its language, where it is, and how to reach the same page in the other
/// language.
struct PageFrame: Sendable {
    /// The page's language.
    let language: Language
    /// The current path, for marking the current navigation item.
    let path: String
    /// The signed-in user's name, for the header; nil on the sign-in page.
    let username: String?
    /// The session's CSRF token, for the logout form and every other form.
    let csrfToken: String?
    /// Who is signed in, for the navigation's links (each shown when its route admits them); nil when signed out.
    let principal: Principal?
    /// The address the language switch reloads (the same page; a form's page for a POST).
    private let base: String
    private let query: QueryString

    /// The frame of `request`; `route` names the page to switch language on when the request is not a GET.
    init(request: Request, context: WebRequestContext, switchTo route: (any Route)? = nil) {
        language = context.language
        username = context.account?.user.username
        csrfToken = context.csrfToken
        principal = context.account?.principal
        let path = request.uri.path
        // Only our own absolute paths: never `//host` (a link off-site) from an unmatched request's path.
        let safePath = path.hasPrefix("/") && !path.hasPrefix("//") && !path.contains("\\") ? path : "/"
        self.path = route?.path ?? safePath
        if let route {
            base = route.path
            query = QueryString()
        } else if request.method == .get {
            base = safePath
            query = ((try? QueryString(parsing: request.uri.query ?? "")) ?? QueryString()).removing(["lang"])
        } else {
            base = safePath
            query = QueryString()
        }
    }

    /// The current page in `language`.
    func switchLink(to language: Language) -> String {
        base + "?" + query.setting("lang", language.rawValue).encoded
    }
}
