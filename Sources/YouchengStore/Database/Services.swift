import Foundation
import YouchengCore

/// Every store of one database and the reference data, built in this one place from a database and a clock: what
/// `serve`, the commands, the web tests and the benchmarks work with. The stores share the database and the clock, so
/// what one writes the others read, and every audit entry carries the clock's time.
public struct Services: Sendable {
    /// The database every store reads and writes.
    public let database: Database
    /// Countries, country groups and localities.
    public let reference: ReferenceData
    /// The clock every store reads (fixed in tests).
    public let now: @Sendable () -> Date
    /// Partners and partnerships.
    public let registry: RegistryStore
    /// Exchanges and their domains.
    public let exchanges: ExchangeStore
    /// The deployment's settings (compliance rules, the dormant threshold).
    public let settings: SettingsStore
    /// Partners' coordinates, for the map.
    public let places: PartnerPlaceStore
    /// Uploaded import files waiting for confirmation.
    public let pendingImports: PendingImportStore
    /// Units, users, sessions, tokens, calendar feeds and the audit log.
    public let accounts: AccountStores
    /// The joint meeting's plans, tasks and progress reports.
    public let plans: PlanStore

    /// Creates the stores over `database`; `accounts` says how accounts sign in, `now` is the clock they all read.
    public init(
        database: Database, reference: ReferenceData = .bundled, accounts policies: AccountPolicies = AccountPolicies(),
        now: @escaping @Sendable () -> Date = { Date() }
    ) {
        self.database = database
        self.reference = reference
        self.now = now
        registry = RegistryStore(database: database, reference: reference, now: now)
        exchanges = ExchangeStore(database: database, now: now)
        settings = SettingsStore(database: database, now: now)
        places = PartnerPlaceStore(database: database, now: now)
        pendingImports = PendingImportStore(database: database, now: now)
        accounts = AccountStores(database: database, reference: reference, policies: policies, now: now)
        plans = PlanStore(database: database, now: now)
    }

    /// Other cities' published figures.
    public var peers: PeerStore { settings.peers }

    /// The audit log.
    public var audit: AuditStore { accounts.audit }

    /// The dormant list, a period's activity, the compliance check and the annual report over these stores.
    public var reports: ExchangeReports { reports(over: registry) }

    /// The reports over `registry` in place of this registry (the web's tests wrap it) and these other stores.
    public func reports(over registry: any RegistryRepository) -> ExchangeReports {
        ExchangeReports(
            registry: registry, exchanges: exchanges, units: accounts.units, settings: settings, plans: plans,
            reference: reference)
    }

    /// Notices of the joint meeting and the units' answers.
    public var notices: NoticeStore { NoticeStore(database: database, now: now) }

    /// A member unit's workspace and the units' responsiveness.
    public var workspace: WorkspaceStore { WorkspaceStore(database: database, now: now) }

    /// Joint meetings: agenda, attendance, minutes and decisions.
    public var meetings: MeetingStore { MeetingStore(database: database, now: now) }

    /// Cooperation projects: partners, stage history and notes.
    public var projects: ProjectStore { ProjectStore(database: database, now: now) }
    /// The twinning pipeline: prospects, their stage history and signing, and the homes' yearly targets.
    public var prospects: ProspectStore { ProspectStore(registry: registry) }
    /// The indicator list and its yearly figures.
    public var indicators: IndicatorStore { IndicatorStore(database: database, now: now) }

    /// The indicator table, unit scorecard and money table, reading partnerships through `registry`.
    public func indicatorReports(over registry: any RegistryRepository) -> IndicatorReports {
        IndicatorReports(registry: registry, services: self)
    }
    /// Matching: each home's settings and target shares, the city themes, and suggestion contexts.
    public var matching: MatchingStore { MatchingStore(database: database, now: now) }

    /// Throws when the database does not answer (what `/health` reports).
    public func ping() async throws { try await database.ping() }
}
