import Foundation
import Hummingbird
import Logging
import YouchengCore

/// Builds the web application: the router of `buildRouter` served at the configured host and port.
///
/// - Parameters:
///   - configuration: host, port, the friendship-city label, the demo banner, the upload limit.
///   - repository: where partnerships are kept (a `RegistryStore` in production and in tests).
///   - reference: countries, country groups and localities.
///   - health: throws when the database does not answer; `/health` reports it.
///   - now: the current time; tests fix it so "today" is known.
///   - logger: the application's logger.
public func buildApplication(
    configuration: WebConfiguration,
    repository: any RegistryRepository,
    reference: ReferenceData,
    health: @escaping @Sendable () async throws -> Void,
    now: @escaping @Sendable () -> Date = { Date() },
    logger: Logger = Logger(label: "youcheng.web")
) throws -> some ApplicationProtocol {
    let router = try buildRouter(
        configuration: configuration, repository: repository, reference: reference, health: health, now: now)
    return Application(
        router: router,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "Youcheng"),
        logger: logger)
}

/// Builds the router with every page, export, API route and static file, behind the language and error
/// middleware. Tests drive it through `Application(router:)` and HummingbirdTesting.
public func buildRouter(
    configuration: WebConfiguration,
    repository: any RegistryRepository,
    reference: ReferenceData,
    health: @escaping @Sendable () async throws -> Void,
    now: @escaping @Sendable () -> Date = { Date() }
) throws -> Router<WebRequestContext> {
    let resources = try WebResources.directory
    let renderer = try PageRenderer(resources: resources, demo: configuration.demo)
    let dependencies = WebDependencies(
        configuration: configuration, repository: repository, reference: reference, health: health, now: now,
        renderer: renderer, pendingImports: PendingImports(now: now),
        countryOrder: Dictionary(
            uniqueKeysWithValues: Language.allCases.map { ($0, Display.sortedCountries(reference.countries, $0)) }))
    let router = Router(context: WebRequestContext.self)
    router.add(middleware: LanguageMiddleware())
    router.add(middleware: ErrorMiddleware(renderer: renderer))
    WebRoute.register(
        on: router, dependencies: dependencies,
        assets: try StaticAssets(directory: resources.appendingPathComponent("Static")))
    return router
}
