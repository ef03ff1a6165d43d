import Foundation
import Hummingbird
import Logging
import YouchengCore
import YouchengStore

/// Builds the web application: the router of `buildRouter` served at the configured host and port.
///
/// - Parameters:
///   - services: the stores and the reference data; each route's declared access (open, signed in, writer, admin)
///     is checked against the session or, for the API, the token its accounts find.
///   - configuration: host, port, allowed host names, the friendship-city label, the upload limit.
///   - options: whether the registry is the demo, and what tests fix.
///   - logger: the application's logger.
public func buildApplication(
    services: Services, configuration: WebConfiguration, options: WebOptions = WebOptions(),
    logger: Logger = Logger(label: "youcheng.web")
) throws -> some ApplicationProtocol {
    Application(
        router: try buildRouter(services: services, configuration: configuration, options: options),
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "Youcheng"),
        logger: logger)
}

/// Builds the router with every page, export, API route and static file, behind the security, language and
/// error middleware. Tests drive it through `Application(router:)` and HummingbirdTesting.
public func buildRouter(
    services: Services, configuration: WebConfiguration, options: WebOptions = WebOptions()
) throws -> Router<WebRequestContext> {
    let resources = try WebResources.directory
    let accounts = services.accounts
    let renderer = try PageRenderer(resources: resources, isDemo: options.isDemo)
    let dependencies = WebDependencies(
        services: services, configuration: configuration, options: options, renderer: renderer,
        assets: try StaticAssets(directory: resources.appendingPathComponent("Static")))
    let router = Router(context: WebRequestContext.self, options: .autoGenerateHeadEndpoints)
    // Outermost first: every response (errors too) gets the security headers; errors are rendered in the page's
    // language; refused hosts and cross-site writes become error pages before any handler runs; then only signed-in
    // requests pass.
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: LanguageMiddleware())
    router.add(middleware: ErrorMiddleware(renderer: renderer))
    router.add(middleware: RequestGuardMiddleware(hosts: HostPolicy(configuration: configuration)))
    router.add(middleware: SessionMiddleware(accounts: accounts))
    // Errors of signed-in requests are rendered here, where the context knows the account, so an error page keeps
    // the navigation and the sign-out button; the outer one renders what the guards and sign-in refuse.
    router.add(middleware: ErrorMiddleware(renderer: renderer))
    WebRoute.register(on: router, dependencies: dependencies)
    return router
}
