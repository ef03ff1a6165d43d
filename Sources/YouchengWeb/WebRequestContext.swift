import Hummingbird
import YouchengCore

/// The per-request state of the web front end: Hummingbird's core storage plus the language the page speaks.
public struct WebRequestContext: RequestContext {
    /// Hummingbird's storage (logger, parameters, endpoint path).
    public var coreContext: CoreRequestContextStorage
    /// The language chosen by `?lang=`, the `lang` cookie, or the Chinese default.
    public var language: Language = .zh
    /// The signed-in account (by session cookie or API token), set by `SessionMiddleware`.
    public var account: Account?
    /// The session's CSRF token, which every form POST must carry; nil for API tokens and signed-out requests.
    public var csrfToken: String?

    /// The IP address of the connection's other end (the client, or the proxy in front of the server); nil when
    /// it is not known.
    public var peerAddress: String?

    /// Creates the context for one request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        peerAddress = source.channel.remoteAddress?.ipAddress
    }

    /// The signed-in user's role and unit; `SessionMiddleware` lets no request without one reach a handler.
    public func principal() throws -> Principal {
        guard let account else { throw WebError.unauthorized }
        return account.principal
    }

    /// How audit entries name the signed-in account; throws `WebError.unauthorized` when no one is signed in.
    public func auditActor() throws -> AuditActor {
        guard let account else { throw WebError.unauthorized }
        return account.actor
    }

    /// Throws `WebError.badCSRF` unless `token` (a form's `_csrf`) is the session's CSRF token. Every form POST
    /// calls this before it changes anything.
    public func requireCSRF(_ token: String?) throws {
        guard let expected = csrfToken, let token, token.utf8.count == expected.utf8.count else {
            throw WebError.badCSRF
        }
        // Compared in constant time, so the answer's timing says nothing about how much of a guess was right.
        let difference = zip(token.utf8, expected.utf8).reduce(UInt8(0)) { $0 | ($1.0 ^ $1.1) }
        guard difference == 0 else { throw WebError.badCSRF }
    }

    /// Handlers collect bodies themselves with the configured limit; this is Hummingbird's own cap for decoders.
    public var maxUploadSize: Int { 64 * 1024 * 1024 }
}
