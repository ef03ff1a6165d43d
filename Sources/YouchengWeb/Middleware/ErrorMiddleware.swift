import Hummingbird
import YouchengCore

/// The one place errors become responses: a bilingual message page for pages, `{"error": {…}}` for the API.
/// Errors users can cause keep their 4xx status; a stored value that cannot be read is logged and shown as a 500
/// that names the table, row and column; anything else is logged and shown as a generic 500.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WebRequestContext

    let renderer: PageRenderer

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let presentation: ErrorPresentation
            if let known = ErrorPresentation(error) {
                presentation = known
                if known.status == .internalServerError {
                    context.logger.error(
                        "request failed",
                        metadata: [
                            "status": "\(known.status.code)", "code": "\(known.code)", "error": "\(known.message.en)",
                            "path": "\(request.uri.path)",
                        ])
                } else {
                    context.logger.debug(
                        "request refused", metadata: ["status": "\(known.status.code)", "code": "\(known.code)"])
                }
            } else {
                context.logger.error(
                    "unexpected error",
                    metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
                presentation = .unexpected
            }
            return await respond(presentation, to: request, context: context)
        }
    }

    private func respond(_ presentation: ErrorPresentation, to request: Request, context: Context) async -> Response {
        if WebRoute.speaksJSON(path: request.uri.path) {
            return APIError(presentation, language: context.language).response()
        }
        let view = ErrorView(presentation, language: context.language)
        do {
            return try await renderer.page(
                "error", title: view.message, content: view, frame: PageFrame(request: request, context: context),
                status: presentation.status)
        } catch {
            context.logger.error("error page failed", metadata: ["error": "\(String(reflecting: error))"])
            var headers = HTTPFields()
            headers[.contentType] = "text/plain; charset=utf-8"
            return Response(
                status: presentation.status, headers: headers,
                body: .init(byteBuffer: ByteBuffer(string: presentation.message.both)))
        }
    }
}

/// The error page's view model.
struct ErrorView: Sendable {
    let status: Int
    let code: String
    let message: String
    /// The same message in the other language (the page is bilingual).
    let otherMessage: String
    let overviewHref = RegistryRoute.overview.link()
    let partnershipsHref = RegistryRoute.partnerships.link()

    init(_ presentation: ErrorPresentation, language: Language) {
        status = presentation.status.code
        code = presentation.code
        message = presentation.message.text(language)
        otherMessage = presentation.message.text(language == .zh ? .en : .zh)
    }
}
