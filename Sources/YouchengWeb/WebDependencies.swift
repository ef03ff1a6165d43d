import Foundation
import Logging
import YouchengCore
import YouchengStore

/// What the handlers work with, passed in once by `buildRouter`; no handler reaches for a global.
struct WebDependencies: Sendable {
    /// The deployment's settings.
    let configuration: WebConfiguration
    /// Users, sessions, tokens and the audit log.
    let accounts: AccountStores
    /// Who may do what.
    var policy: AccessPolicy { AccessPolicy(localities: reference.localities) }
    /// Where partnerships are kept.
    let repository: any RegistryRepository
    /// Where exchanges are kept.
    let exchanges: ExchangeStore
    /// The deployment's settings (compliance rules, the dormant threshold).
    let settings: SettingsStore
    /// Other cities' published figures.
    var peers: PeerStore { settings.peers }
    /// Countries, groups and localities.
    let reference: ReferenceData
    /// Checks that the database answers.
    let health: @Sendable () async throws -> Void
    /// The current time (fixed in tests).
    let now: @Sendable () -> Date
    /// Templates and labels.
    let renderer: PageRenderer
    /// Uploads waiting for confirmation, in the database so any server can confirm them.
    let pendingImports: PendingImportStore
    /// The slots for import previews and confirmations.
    let importGate: ImportGate
    /// Countries sorted by name, per language.
    let countryOrder: [Language: [Country]]
    /// Partners' coordinates.
    let places: PartnerPlaceStore
    /// What the maps draw: the base map, home localities' coordinates, the city list.
    let maps: MapResources
    /// The sign-in attempts of each client address in the last minute.
    let loginLimiter: LoginRateLimiter

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
            countriesByName: countryOrder[language] ?? [])
    }
}
