import Foundation
import Hummingbird
import Logging
import YouchengCore
import YouchengStore

/// Builds the web application: the router of `buildRouter` served at the configured host and port.
///
/// - Parameters:
///   - configuration: host, port, allowed host names, the friendship-city label, the upload limit.
///   - accounts: users, sessions and tokens; every page and API route but `/login`, `/health` and static files
///     needs a signed-in session (or, for the API, a token).
///   - repository: where partnerships are kept (a `RegistryStore` in production and in tests).
///   - reference: countries, country groups and localities.
///   - exchanges: where exchanges are kept.
///   - settings: deployment settings (the compliance rules exchanges are checked against, the dormant threshold).
///   - places: partners' coordinates, for the map.
///   - pendingImports: uploaded import files waiting for confirmation (in the database, shared by every server).
///   - health: throws when the database does not answer; `/health` reports it.
///   - isDemo: whether the registry holds demo data; asked for every page, which then shows the demo banner.
///   - now: the current time; tests fix it so "today" is known.
///   - logger: the application's logger.
public func buildApplication(
    configuration: WebConfiguration,
    accounts: AccountStores,
    repository: any RegistryRepository,
    reference: ReferenceData,
    exchanges: ExchangeStore,
    settings: SettingsStore,
    places: PartnerPlaceStore,
    pendingImports: PendingImportStore,
    health: @escaping @Sendable () async throws -> Void,
    isDemo: @escaping @Sendable () async -> Bool = { false },
    now: @escaping @Sendable () -> Date = { Date() },
    logger: Logger = Logger(label: "youcheng.web")
) throws -> some ApplicationProtocol {
    let router = try buildRouter(
        configuration: configuration, accounts: accounts, repository: repository, reference: reference,
        exchanges: exchanges, settings: settings, places: places, pendingImports: pendingImports, health: health,
        isDemo: isDemo, now: now)
    return Application(
        router: router,
        configuration: ApplicationConfiguration(
            address: .hostname(configuration.host, port: configuration.port), serverName: "Youcheng"),
        logger: logger)
}

/// Builds the router with every page, export, API route and static file, behind the security, language and
/// error middleware. Tests drive it through `Application(router:)` and HummingbirdTesting.
public func buildRouter(
    configuration: WebConfiguration,
    accounts: AccountStores,
    repository: any RegistryRepository,
    reference: ReferenceData,
    exchanges: ExchangeStore,
    settings: SettingsStore,
    places: PartnerPlaceStore,
    pendingImports: PendingImportStore,
    health: @escaping @Sendable () async throws -> Void,
    isDemo: @escaping @Sendable () async -> Bool = { false },
    now: @escaping @Sendable () -> Date = { Date() }
) throws -> Router<WebRequestContext> {
    try buildRouter(
        configuration: configuration, accounts: accounts, repository: repository, reference: reference,
        exchanges: exchanges, settings: settings, places: places, health: health, isDemo: isDemo, now: now,
        pendingImports: pendingImports, importGate: ImportGate(),
        loginLimiter: LoginRateLimiter(limit: configuration.loginAttemptsPerMinute, now: now))
}

/// `buildRouter` with the import gate and the sign-in limiter passed in, so tests can look into them and set their
/// clock.
func buildRouter(
    configuration: WebConfiguration,
    accounts: AccountStores,
    repository: any RegistryRepository,
    reference: ReferenceData,
    exchanges: ExchangeStore,
    settings: SettingsStore,
    places: PartnerPlaceStore,
    health: @escaping @Sendable () async throws -> Void,
    isDemo: @escaping @Sendable () async -> Bool,
    now: @escaping @Sendable () -> Date,
    pendingImports: PendingImportStore,
    importGate: ImportGate,
    loginLimiter: LoginRateLimiter
) throws -> Router<WebRequestContext> {
    let resources = try WebResources.directory
    let renderer = try PageRenderer(resources: resources, isDemo: isDemo)
    let dependencies = WebDependencies(
        configuration: configuration, accounts: accounts, repository: repository, exchanges: exchanges,
        settings: settings, reference: reference,
        health: health, now: now,
        renderer: renderer, pendingImports: pendingImports, importGate: importGate,
        countryOrder: Dictionary(
            uniqueKeysWithValues: Language.allCases.map { ($0, Display.sortedCountries(reference.countries, $0)) }),
        places: places,
        maps: MapResources(
            world: configuration.baseMap ?? .bundled, localities: .bundled, gazetteer: { CityGazetteer.bundled }),
        loginLimiter: loginLimiter)
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
    WebRoute.register(
        on: router, dependencies: dependencies,
        assets: try StaticAssets(directory: resources.appendingPathComponent("Static")))
    return router
}
