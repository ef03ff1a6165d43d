import Foundation
import Logging
import YouchengCore
import YouchengStore

/// What the handlers work with, passed in once by `buildRouter`; no handler reaches for a global.
struct WebDependencies: Sendable {
    /// The stores and the reference data.
    let services: Services
    /// The deployment's settings.
    let configuration: WebConfiguration
    /// Users, sessions, tokens and the audit log.
    var accounts: AccountStores { services.accounts }
    /// Who may do what.
    var policy: AccessPolicy { AccessPolicy(localities: reference.localities) }
    /// Where partnerships are kept: the services' registry, unless a test wraps it.
    let repository: any RegistryRepository
    /// Where exchanges are kept.
    var exchanges: ExchangeStore { services.exchanges }
    /// The deployment's settings (compliance rules, the dormant threshold).
    var settings: SettingsStore { services.settings }
    /// Other cities' published figures.
    var peers: PeerStore { services.peers }
    /// Countries, groups and localities.
    var reference: ReferenceData { services.reference }
    /// Checks that the database answers.
    let health: @Sendable () async throws -> Void
    /// The current time (fixed in tests).
    let now: @Sendable () -> Date
    /// Templates and labels.
    let renderer: PageRenderer
    /// Uploads waiting for confirmation, in the database so any server can confirm them.
    var pendingImports: PendingImportStore { services.pendingImports }
    /// The slots for import previews and confirmations.
    let importGate: ImportGate
    /// Countries sorted by name, per language.
    let countryOrder: [Language: [Country]]
    /// The home field's suggestions, the same in both languages.
    let homeSuggestions: [SelectOption]
    /// Partners' coordinates.
    var places: PartnerPlaceStore { services.places }
    /// What the maps draw: the base map, home localities' coordinates, the city list.
    let maps: MapResources
    /// The sign-in attempts of each client address in the last minute.
    let loginLimiter: LoginRateLimiter
    /// The files of `Resources/Static`.
    let assets: StaticAssets

    /// Creates what the handlers work with from `services`, the deployment's `configuration` and the server's
    /// `options`, with the static files `assets`: the sign-in limiter counts on the services' clock.
    init(
        services: Services, configuration: WebConfiguration, options: WebOptions, renderer: PageRenderer,
        assets: StaticAssets
    ) {
        self.services = services
        self.configuration = configuration
        repository = options.repository ?? services.registry
        health = options.health ?? { try await services.ping() }
        now = options.now ?? services.now
        self.renderer = renderer
        self.assets = assets
        importGate = options.importGate
        let reference = services.reference
        countryOrder = Dictionary(
            uniqueKeysWithValues: Language.allCases.map { ($0, Display.sortedCountries(reference.countries, $0)) })
        homeSuggestions = SelectOption.homeSuggestions(reference)
        let baseMap = configuration.baseMap
        maps = MapResources(
            world: { baseMap ?? .bundled }, localities: .bundled, gazetteer: { CityGazetteer.bundled })
        loginLimiter = LoginRateLimiter(limit: configuration.loginAttemptsPerMinute, now: services.now)
    }

    /// Today in the configured time zone.
    var today: PartialDate { configuration.day(of: now()) }

    /// The changes of partnership `id` after `version`, from the audit log.
    func changedMeanwhile(partnershipId id: Int64, since version: Int) async throws -> ChangedMeanwhile {
        try await changedMeanwhile(.partnership, id: id, since: version)
    }

    /// The changes of the record `type`:`id` after `version`, from the audit log (records whose entries carry their
    /// version: partnerships, exchanges).
    func changedMeanwhile(_ type: AuditEntityType, id: Int64, since version: Int) async throws -> ChangedMeanwhile {
        let history = try await accounts.audit.entries(
            AuditQuery(entityType: type, entityId: String(id), per: AuditQuery.maxPer))
        return ChangedMeanwhile(history: history.items, since: version)
    }

    /// Display helpers for `language`.
    func display(_ language: Language) -> Display {
        Display(
            language: language, reference: reference, friendshipLabel: configuration.friendshipLabel,
            countriesByName: countryOrder[language] ?? [], homeSuggestions: homeSuggestions)
    }
}
