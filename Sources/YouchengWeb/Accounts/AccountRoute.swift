import Hummingbird

/// Accounts: signing in and out, member units and users (administrators).
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum AccountRoute: Route {
    /// The sign-in form.
    case login
    /// The sign-in form's target.
    case signIn
    /// Ending the session.
    case logout
    /// The member unit list (admins).
    case units
    /// The empty unit form.
    case newUnit
    /// The unit form's target for a new unit.
    case createUnit
    /// The form for an existing unit.
    case editUnit(id: Int64)
    /// The unit form's target for an existing unit.
    case updateUnit(id: Int64)
    /// The page that asks to confirm deactivating a unit.
    case confirmDeactivateUnit(id: Int64)
    /// Deactivating a unit (the confirmation page's button).
    case deactivateUnit(id: Int64)
    /// The user list (admins).
    case users
    /// The empty user form.
    case newUser
    /// The user form's target for a new user.
    case createUser
    /// The form for an existing user (role, unit, active; password; unlock).
    case editUser(id: Int64)
    /// The user form's target for an existing user.
    case updateUser(id: Int64)
    /// An administrator setting a user's new password.
    case setUserPassword(id: Int64)
    /// Lifting a user's sign-in lock.
    case unlockUser(id: Int64)

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [AccountRoute] = [
        .login, .signIn, .logout, .units, .newUnit, .createUnit, .editUnit(id: 0), .updateUnit(id: 0),
        .confirmDeactivateUnit(id: 0), .deactivateUnit(id: 0), .users, .newUser, .createUser, .editUser(id: 0),
        .updateUser(id: 0), .setUserPassword(id: 0), .unlockUser(id: 0),
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .login: .get(["login"], .open) { LoginPages(dependencies: $0).form }
        case .signIn: .post(["login"], .open) { LoginPages(dependencies: $0).signIn }
        case .logout: .post(["logout"], .signedIn) { LoginPages(dependencies: $0).logout }
        case .units: .get(["units"], .admin) { UnitListPage(dependencies: $0).show }
        case .newUnit: .get(["units", "new"], .admin) { UnitFormPages(dependencies: $0).new }
        case .createUnit: .post(["units"], .admin) { UnitFormPages(dependencies: $0).create }
        case .editUnit(let id): .get(["units", .id(id), "edit"], .admin) { UnitFormPages(dependencies: $0).edit }
        case .updateUnit(let id): .post(["units", .id(id)], .admin) { UnitFormPages(dependencies: $0).update }
        case .confirmDeactivateUnit(let id):
            .get(["units", .id(id), "deactivate"], .admin) { UnitDeactivatePages(dependencies: $0).confirm }
        case .deactivateUnit(let id):
            .post(["units", .id(id), "deactivate"], .admin) { UnitDeactivatePages(dependencies: $0).deactivate }
        case .users: .get(["users"], .admin) { UserListPage(dependencies: $0).show }
        case .newUser: .get(["users", "new"], .admin) { UserFormPages(dependencies: $0).new }
        case .createUser: .post(["users"], .admin) { UserFormPages(dependencies: $0).create }
        case .editUser(let id): .get(["users", .id(id), "edit"], .admin) { UserFormPages(dependencies: $0).edit }
        case .updateUser(let id): .post(["users", .id(id)], .admin) { UserFormPages(dependencies: $0).update }
        case .setUserPassword(let id):
            .post(["users", .id(id), "password"], .admin) { UserActionPages(dependencies: $0).setPassword }
        case .unlockUser(let id):
            .post(["users", .id(id), "unlock"], .admin) { UserActionPages(dependencies: $0).unlock }
        }
    }
}
