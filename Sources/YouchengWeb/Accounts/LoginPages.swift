import Foundation
import Hummingbird
import YouchengCore

/// Signing in and out: `GET /login`, `POST /login`, `POST /logout`.
///
/// Before there is a session the form is protected by a double-submit token: `GET /login` sets it in the
/// `youcheng_login_csrf` cookie and in the hidden `_csrf` field, and `POST /login` accepts only when both agree.
struct LoginPages: Sendable {
    let dependencies: WebDependencies

    /// The cookie holding the sign-in form's CSRF token.
    static let csrfCookie = "youcheng_login_csrf"

    func form(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let next = Self.safeNext(try request.queryString()["next"])
        return try await render(username: "", next: next, error: nil, status: .ok, request: request, context: context)
    }

    func signIn(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        // Every POST counts, successful or not, before anything else is done with it: the limit bounds the work one
        // address can cause (password checks, database writes), which a success costs as much as a failure.
        let address = ClientAddress.of(
            request, peer: context.peerAddress, trustedProxies: Set(dependencies.configuration.trustedProxies))
        guard await dependencies.loginLimiter.admit(address) else { throw WebError.tooManySignIns }
        // No session yet, so no session token: the form's own token is checked against its cookie instead.
        let fields = try await request.formFields(limit: PostedForm.Kind.action.maxBytes)
        let cookie = request.cookies[Self.csrfCookie]?.value
        guard let cookie, !cookie.isEmpty, fields[PostedForm.csrfField] == cookie else { throw WebError.badCSRF }
        let username = fields["username"] ?? ""
        let next = Self.safeNext(fields["next"])
        switch try await dependencies.accounts.users.authenticate(
            username: username, password: fields["password"] ?? "")
        {
        case .signedIn(let account):
            let session = try await dependencies.accounts.sessions.create(userId: account.user.id)
            var response = Response(
                status: .seeOther, headers: [.location: next ?? WorkspaceRoute.landing(for: account)])
            response.setCookie(
                Cookie(
                    name: SessionMiddleware.cookieName, value: session.id, path: "/", secure: Self.isHTTPS(request),
                    httpOnly: true, sameSite: .lax))
            return response
        case .refused(let refusal):
            return try await render(
                username: username, next: next, error: refusal.message(now: dependencies.now()),
                status: .unauthorized, request: request, context: context)
        }
    }

    func logout(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        _ = try await request.postedForm(.action, context)
        if let id = request.cookies[SessionMiddleware.cookieName]?.value {
            try await dependencies.accounts.sessions.delete(id: id)
        }
        var response = Response(status: .seeOther, headers: [.location: AccountRoute.login.link()])
        response.setCookie(
            Cookie(
                name: SessionMiddleware.cookieName, value: "", maxAge: 0, path: "/", secure: Self.isHTTPS(request),
                httpOnly: true, sameSite: .lax))
        return response
    }

    /// `next` if it is a path on this site (`/…`, never `//host` or a backslash trick), else nil.
    static func safeNext(_ next: String?) -> String? {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\"),
            !next.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }),
            !next.hasPrefix(AccountRoute.login.path)
        else { return nil }
        return next
    }

    /// Whether the browser reached us over HTTPS (directly or through a TLS-terminating proxy).
    static func isHTTPS(_ request: Request) -> Bool {
        RequestGuardMiddleware.scheme(of: request) == "https"
    }

    private func render(
        username: String, next: String?, error: Bilingual?, status: HTTPResponse.Status, request: Request,
        context: WebRequestContext
    ) async throws -> Response {
        // The token already in the browser is kept: another tab, or a stray request sent to this page (a favicon),
        // must not invalidate a form already shown.
        let existing = request.cookies[Self.csrfCookie]?.value ?? ""
        let token = existing.count == 64 && RandomToken.isHex(existing) ? existing : RandomToken.hex(bytes: 32)
        let view = LoginView(
            action: AccountRoute.signIn.link(), csrf: token, username: username, next: next ?? "",
            error: error.map { $0.text(context.language) },
            otherError: error.map { $0.text(context.language == .zh ? .en : .zh) })
        var response = try await dependencies.renderer.page(
            "login", title: dependencies.renderer.text("login_title", context.language), content: view,
            frame: PageFrame(request: request, context: context, switchTo: AccountRoute.login), status: status)
        response.setCookie(
            Cookie(
                name: Self.csrfCookie, value: token, path: AccountRoute.login.path, secure: Self.isHTTPS(request),
                httpOnly: true, sameSite: .lax))
        return response
    }
}

/// The sign-in form's view model.
struct LoginView: Sendable {
    let action: String
    let csrf: String
    let username: String
    let next: String
    /// The refusal in the page's language, and in the other (the message is bilingual).
    let error: String?
    let otherError: String?
}
