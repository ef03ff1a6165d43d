import Hummingbird
import YouchengCore

/// The per-request state of the web front end: Hummingbird's core storage plus the language the page speaks.
public struct WebRequestContext: RequestContext {
    /// Hummingbird's storage (logger, parameters, endpoint path).
    public var coreContext: CoreRequestContextStorage
    /// The language chosen by `?lang=`, the `lang` cookie, or the Chinese default.
    public var language: Language = .zh

    /// Creates the context for one request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
    }

    /// Handlers collect bodies themselves with the configured limit; this is Hummingbird's own cap for decoders.
    public var maxUploadSize: Int { 64 * 1024 * 1024 }
}
