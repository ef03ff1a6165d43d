import Hummingbird

/// Adds the browser-hardening headers to every response: no MIME sniffing, no framing, no referrer sent to other
/// sites, and a content security policy that allows only the program's own files (no inline styles or scripts,
/// nothing from the internet, forms posted only to itself).
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    /// The policy; templates must therefore keep styles in `app.css` and use no inline `style` or `<script>`.
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; "
        + "form-action 'self'; base-uri 'none'"

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response = try await next(request, context)
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrerPolicy] = "same-origin"
        response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
        return response
    }

    private static let frameOptions = HTTPFields.Element.Name("X-Frame-Options")!
    private static let referrerPolicy = HTTPFields.Element.Name("Referrer-Policy")!
}
