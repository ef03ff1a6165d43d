import Hummingbird
import YouchengCore

/// A route's handler.
typealias WebHandler = @Sendable (Request, WebRequestContext) async throws -> Response

extension WebRoute {
    /// Registers every route of `all` on `router`, each with its handler behind its declared access.
    static func register(on router: Router<WebRequestContext>, dependencies: WebDependencies, assets: StaticAssets) {
        register(on: router, policy: dependencies.policy) { $0.handler(dependencies, assets) }
    }

    /// Registers every route of `all` on `router` with the handler `handler` gives it, after the check of the route's
    /// access: a handler runs only for a request its route admits. Tests register stand-in handlers here.
    static func register(
        on router: Router<WebRequestContext>, policy: AccessPolicy, handler: (WebRoute) -> WebHandler
    ) {
        for route in all {
            let access = route.access
            let handle = handler(route)
            router.on(RouterPath(route.pattern), method: route.method) { request, context in
                if let refusal = try access.refusal(request, context, policy: policy) { return refusal }
                return try await handle(request, context)
            }
        }
    }

    /// The handler of this route; the switch is exhaustive, so a new route cannot be left without one.
    private func handler(_ dependencies: WebDependencies, _ assets: StaticAssets) -> WebHandler {
        switch self {
        case .overview: OverviewPage(dependencies: dependencies).show
        case .partnerships: PartnershipListPage(dependencies: dependencies).show
        case .export(let kind): PartnershipExport(dependencies: dependencies, kind: kind).download
        case .partner: PartnerPage(dependencies: dependencies).show
        case .newPartnership: PartnershipFormPages(dependencies: dependencies).new
        case .createPartnership: PartnershipFormPages(dependencies: dependencies).create
        case .editPartnership: PartnershipFormPages(dependencies: dependencies).edit
        case .updatePartnership: PartnershipFormPages(dependencies: dependencies).update
        case .importForm: ImportPages(dependencies: dependencies).form
        case .importPreview: ImportPages(dependencies: dependencies).preview
        case .importConfirm: ImportPages(dependencies: dependencies).confirm
        case .importConfirmReload: ImportPages(dependencies: dependencies).confirmReload
        case .apiSummary: SummaryAPI(dependencies: dependencies).summary
        case .apiPartnerships: PartnershipsAPI(dependencies: dependencies).list
        case .apiPartnership: PartnershipsAPI(dependencies: dependencies).show
        case .apiCreatePartnership: PartnershipsAPI(dependencies: dependencies).create
        case .apiUpdatePartnership: PartnershipsAPI(dependencies: dependencies).update
        case .apiDeletePartnership: PartnershipsAPI(dependencies: dependencies).delete
        case .deletePartnershipConfirm: PartnershipDeletePages(dependencies: dependencies).confirm
        case .deletePartnership: PartnershipDeletePages(dependencies: dependencies).delete
        case .health: HealthAPI(dependencies: dependencies).check
        case .asset: assets.serve
        case .dormant: DormantPage(dependencies: dependencies).show
        case .anniversaries: AnniversariesPage(dependencies: dependencies).show
        case .peers: PeersPages(dependencies: dependencies).list
        case .annualReport: AnnualReportPage(dependencies: dependencies).show
        case .peersAdd: PeersPages(dependencies: dependencies).add
        case .calendarSettings: CalendarPages(dependencies: dependencies).settings
        case .calendarCreate: CalendarPages(dependencies: dependencies).create
        case .calendarRevoke: CalendarPages(dependencies: dependencies).revoke
        case .calendarFeed: CalendarPages(dependencies: dependencies).feed
        case .activity: ActivityPage(dependencies: dependencies).show
        case .login: LoginPages(dependencies: dependencies).form
        case .signIn: LoginPages(dependencies: dependencies).signIn
        case .logout: LoginPages(dependencies: dependencies).logout
        case .units: UnitListPage(dependencies: dependencies).show
        case .newUnit: UnitFormPages(dependencies: dependencies).new
        case .createUnit: UnitFormPages(dependencies: dependencies).create
        case .editUnit: UnitFormPages(dependencies: dependencies).edit
        case .updateUnit: UnitFormPages(dependencies: dependencies).update
        case .confirmDeactivateUnit: UnitDeactivatePages(dependencies: dependencies).confirm
        case .deactivateUnit: UnitDeactivatePages(dependencies: dependencies).deactivate
        case .users: UserListPage(dependencies: dependencies).show
        case .newUser: UserFormPages(dependencies: dependencies).new
        case .createUser: UserFormPages(dependencies: dependencies).create
        case .editUser: UserFormPages(dependencies: dependencies).edit
        case .updateUser: UserFormPages(dependencies: dependencies).update
        case .setUserPassword: UserActionPages(dependencies: dependencies).setPassword
        case .unlockUser: UserActionPages(dependencies: dependencies).unlock
        case .audit: AuditLogPage(dependencies: dependencies).show
        case .exchanges: ExchangeListPage(dependencies: dependencies).show
        case .exchangeExport(let kind): ExchangeExport(dependencies: dependencies, kind: kind).download
        case .newExchange: ExchangeFormPages(dependencies: dependencies).new
        case .createExchange: ExchangeFormPages(dependencies: dependencies).create
        case .editExchange: ExchangeFormPages(dependencies: dependencies).edit
        case .updateExchange: ExchangeFormPages(dependencies: dependencies).update
        case .deleteExchangeConfirm: ExchangeDeletePages(dependencies: dependencies).confirm
        case .deleteExchange: ExchangeDeletePages(dependencies: dependencies).delete
        case .map: MapPage(dependencies: dependencies).show
        case .chinaMap: ChinaMapPage(dependencies: dependencies).show
        case .setPartnerPlace: PartnerPlacePage(dependencies: dependencies).set
        case .charts: ChartsPage(dependencies: dependencies).show
        }
    }
}
