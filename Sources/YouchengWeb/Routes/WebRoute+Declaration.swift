import Hummingbird

extension WebRoute {
    /// Each route's method, path and access, declared here once. The switch has no default: a new route does not
    /// compile until it says all three.
    var declaration: RouteDeclaration {
        switch self {
        case .overview: .get([], .signedIn)
        case .partnerships: .get(["partnerships"], .signedIn)
        case .export(let kind): .get([.literal("partnerships.\(kind.rawValue)")], .signedIn)
        case .partner(let id): .get(["partners", .id(id)], .signedIn)
        case .newPartnership: .get(["partnerships", "new"], .writer)
        case .createPartnership: .post(["partnerships"], .writer)
        case .editPartnership(let id): .get(["partnerships", .id(id), "edit"], .writer)
        case .updatePartnership(let id): .post(["partnerships", .id(id)], .writer)
        case .importForm: .get(["import"], .writer)
        case .importPreview: .post(["import"], .writer)
        case .importConfirm: .post(["import", "confirm"], .writer)
        case .importConfirmReload: .get(["import", "confirm"], .signedIn)
        case .apiSummary: .get(["api", "v1", "summary"], .signedIn)
        case .apiPartnerships: .get(["api", "v1", "partnerships"], .signedIn)
        case .apiPartnership(let id): .get(["api", "v1", "partnerships", .id(id)], .signedIn)
        case .apiCreatePartnership: .post(["api", "v1", "partnerships"], .writer)
        case .apiUpdatePartnership(let id): .patch(["api", "v1", "partnerships", .id(id)], .writer)
        case .apiDeletePartnership(let id): .delete(["api", "v1", "partnerships", .id(id)], .writer)
        case .deletePartnershipConfirm(let id): .get(["partnerships", .id(id), "delete"], .writer)
        case .deletePartnership(let id): .post(["partnerships", .id(id), "delete"], .writer)
        case .health: .get(["health"], .open)
        case .asset(let name): .get(["static", .name(name)], .open)
        case .login: .get(["login"], .open)
        case .signIn: .post(["login"], .open)
        case .logout: .post(["logout"], .signedIn)
        case .units: .get(["units"], .admin)
        case .newUnit: .get(["units", "new"], .admin)
        case .createUnit: .post(["units"], .admin)
        case .editUnit(let id): .get(["units", .id(id), "edit"], .admin)
        case .updateUnit(let id): .post(["units", .id(id)], .admin)
        case .confirmDeactivateUnit(let id): .get(["units", .id(id), "deactivate"], .admin)
        case .deactivateUnit(let id): .post(["units", .id(id), "deactivate"], .admin)
        case .users: .get(["users"], .admin)
        case .newUser: .get(["users", "new"], .admin)
        case .createUser: .post(["users"], .admin)
        case .editUser(let id): .get(["users", .id(id), "edit"], .admin)
        case .updateUser(let id): .post(["users", .id(id)], .admin)
        case .setUserPassword(let id): .post(["users", .id(id), "password"], .admin)
        case .unlockUser(let id): .post(["users", .id(id), "unlock"], .admin)
        case .audit: .get(["audit"], .admin)
        case .exchanges: .get(["exchanges"], .signedIn)
        case .exchangeExport(let kind): .get([.literal("exchanges.\(kind.rawValue)")], .signedIn)
        case .newExchange: .get(["exchanges", "new"], .writer)
        case .createExchange: .post(["exchanges"], .writer)
        case .editExchange(let id): .get(["exchanges", .id(id), "edit"], .writer)
        case .updateExchange(let id): .post(["exchanges", .id(id)], .writer)
        case .deleteExchangeConfirm(let id): .get(["exchanges", .id(id), "delete"], .writer)
        case .deleteExchange(let id): .post(["exchanges", .id(id), "delete"], .writer)
        case .anniversaries: .get(["anniversaries"], .signedIn)
        case .calendarSettings: .get(["calendar"], .signedIn)
        case .calendarCreate: .post(["calendar"], .signedIn)
        case .calendarRevoke: .post(["calendar", "revoke"], .signedIn)
        case .calendarFeed: .get(["calendar.ics"], .open)
        case .peers: .get(["peers"], .signedIn)
        case .peersAdd: .post(["peers"], .admin)
        case .annualReport: .get(["reports", "annual"], .signedIn)
        case .dormant: .get(["dormant"], .signedIn)
        case .activity: .get(["activity"], .signedIn)
        case .charts: .get(["charts"], .signedIn)
        case .map: .get(["map"], .signedIn)
        case .chinaMap: .get(["map", "china"], .signedIn)
        case .setPartnerPlace(let id): .post(["partners", .id(id), "place"], .writer)
        }
    }

    /// The HTTP method the route answers.
    var method: HTTPRequest.Method { declaration.method }

    /// Who may use the route.
    var access: RouteAccess { declaration.access }

    /// The router pattern, with `{id}` and `{name}` captures.
    var pattern: String { declaration.pattern }

    /// The concrete path of this route.
    var path: String { declaration.path }
}
