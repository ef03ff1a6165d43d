import Hummingbird
import YouchengCore

/// Every address the web front end answers, as a typed value. Each route declares its method, path and access once
/// (`declaration`, in `WebRoute+Declaration.swift`); `register` (in `WebRoute+Register.swift`) binds each to its
/// handler behind that access, and `link` builds the URLs that views put in pages from the same path. No URL is
/// written by hand elsewhere.
enum WebRoute: Hashable, Sendable {
    /// The overview with the situation summary.
    case overview
    /// The partnership list.
    case partnerships
    /// The filtered list as a spreadsheet.
    case export(ExportKind)
    /// One partner with its partnerships.
    case partner(id: Int64)
    /// The empty partnership form.
    case newPartnership
    /// The form's target for a new partnership.
    case createPartnership
    /// The form for an existing partnership.
    case editPartnership(id: Int64)
    /// The form's target for an existing partnership.
    case updatePartnership(id: Int64)
    /// The upload form.
    case importForm
    /// The upload's target: the dry-run report.
    case importPreview
    /// Storing a previewed upload.
    case importConfirm
    /// The confirmation's address loaded with GET (a reload): redirects to the upload form.
    case importConfirmReload
    /// The situation summary as JSON.
    case apiSummary
    /// The partnership list as JSON.
    case apiPartnerships
    /// One partnership as JSON.
    case apiPartnership(id: Int64)
    /// Creating a partnership through the API.
    case apiCreatePartnership
    /// Changing a partnership through the API.
    case apiUpdatePartnership(id: Int64)
    /// Deleting a partnership through the API.
    case apiDeletePartnership(id: Int64)
    /// The confirmation page before deleting a partnership.
    case deletePartnershipConfirm(id: Int64)
    /// The confirmation's target.
    case deletePartnership(id: Int64)
    /// Whether the program and its database are up.
    case health
    /// A file of `Resources/Static`.
    case asset(String)
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
    /// The audit log (admins).
    case audit
    /// The exchanges list.
    case exchanges
    /// The filtered exchanges as a spreadsheet.
    case exchangeExport(ExportKind)
    /// The empty exchange form.
    case newExchange
    /// The exchange form's target for a new exchange.
    case createExchange
    /// The form for an existing exchange.
    case editExchange(id: Int64)
    /// The exchange form's target for an existing exchange.
    case updateExchange(id: Int64)
    /// The confirmation page before deleting an exchange.
    case deleteExchangeConfirm(id: Int64)
    /// The confirmation's target.
    case deleteExchange(id: Int64)

    /// Round anniversaries of a period.
    case anniversaries
    /// The calendar subscription page.
    case calendarSettings
    /// Making a new calendar link.
    case calendarCreate
    /// Ending the calendar link.
    case calendarRevoke
    /// The calendar feed itself (token in the URL).
    case calendarFeed
    /// Other cities' figures and our rank.
    case peers
    /// Adding or correcting a peer figure.
    case peersAdd
    /// The annual report of a year.
    case annualReport
    /// Dormant partnerships.
    case dormant
    /// The activity figures of a period.
    case activity
    /// The registry and the exchanges drawn as charts.
    case charts

    /// The world map of partnerships, with the list's filters.
    case map
    /// Our side on the map of China: homes with partners, and one city's districts without any.
    case chinaMap
    /// The partner page's coordinates form's target.
    case setPartnerPlace(id: Int64)

    /// The spreadsheet formats the list exports.
    enum ExportKind: String, Sendable, CaseIterable {
        case csv, xlsx
    }

    /// One instance of each route, for registration (ids and names are placeholders). `RouteTableTests` fails when a
    /// case of the enum is missing here.
    static let all: [WebRoute] = [
        .overview, .partnerships, .export(.csv), .export(.xlsx), .partner(id: 0), .newPartnership,
        .createPartnership, .editPartnership(id: 0), .updatePartnership(id: 0), .importForm, .importPreview,
        .importConfirm, .importConfirmReload, .apiSummary, .apiPartnerships, .health, .asset(""), .login, .signIn,
        .logout, .apiPartnership(id: 0), .apiCreatePartnership, .apiUpdatePartnership(id: 0),
        .apiDeletePartnership(id: 0), .deletePartnershipConfirm(id: 0), .deletePartnership(id: 0),
        .units, .newUnit, .createUnit, .editUnit(id: 0), .updateUnit(id: 0), .confirmDeactivateUnit(id: 0),
        .deactivateUnit(id: 0), .users, .newUser, .createUser, .editUser(id: 0), .updateUser(id: 0),
        .setUserPassword(id: 0), .unlockUser(id: 0), .audit, .dormant, .activity,
        .anniversaries, .calendarSettings, .calendarCreate, .calendarRevoke, .calendarFeed, .peers, .peersAdd,
        .annualReport,
        .exchanges, .exchangeExport(.csv), .exchangeExport(.xlsx), .newExchange, .createExchange,
        .editExchange(id: 0), .updateExchange(id: 0), .deleteExchangeConfirm(id: 0), .deleteExchange(id: 0),
        .map, .chinaMap, .setPartnerPlace(id: 0),
        .charts,
    ]

    /// Whether a request path belongs to the JSON side (API and health), whose errors are JSON, not pages.
    static func speaksJSON(path: String) -> Bool {
        path.hasPrefix(WebRoute.apiPrefix) || path == WebRoute.health.path
    }

    /// The common start of API paths.
    static let apiPrefix = "/api/"

    /// The link to this route with `query` appended.
    func link(_ query: QueryString = QueryString()) -> String {
        query.pairs.isEmpty ? path : path + "?" + query.encoded
    }

    /// The link with query pairs.
    func link(_ pairs: [(String, String)]) -> String { link(QueryString(pairs)) }
}
