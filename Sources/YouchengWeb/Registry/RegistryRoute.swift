import Hummingbird

/// The partnership registry: the overview, the list and its spreadsheets, a partner, the partnership forms and
/// deleting.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum RegistryRoute: Route {
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
    /// The confirmation page before deleting a partnership.
    case deletePartnershipConfirm(id: Int64)
    /// The confirmation's target.
    case deletePartnership(id: Int64)

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [RegistryRoute] = [
        .overview, .partnerships, .export(.csv), .export(.xlsx), .partner(id: 0), .newPartnership, .createPartnership,
        .editPartnership(id: 0), .updatePartnership(id: 0), .deletePartnershipConfirm(id: 0), .deletePartnership(id: 0),
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .overview: .get([], .signedIn) { OverviewPage(dependencies: $0).show }
        case .partnerships: .get(["partnerships"], .signedIn) { PartnershipListPage(dependencies: $0).show }
        case .export(let kind):
            .get([.literal("partnerships.\(kind.rawValue)")], .signedIn) {
                PartnershipExport(dependencies: $0, kind: kind).download
            }
        case .partner(let id): .get(["partners", .id(id)], .signedIn) { PartnerPage(dependencies: $0).show }
        case .newPartnership: .get(["partnerships", "new"], .writer) { PartnershipFormPages(dependencies: $0).new }
        case .createPartnership: .post(["partnerships"], .writer) { PartnershipFormPages(dependencies: $0).create }
        case .editPartnership(let id):
            .get(["partnerships", .id(id), "edit"], .writer) { PartnershipFormPages(dependencies: $0).edit }
        case .updatePartnership(let id):
            .post(["partnerships", .id(id)], .writer) { PartnershipFormPages(dependencies: $0).update }
        case .deletePartnershipConfirm(let id):
            .get(["partnerships", .id(id), "delete"], .writer) { PartnershipDeletePages(dependencies: $0).confirm }
        case .deletePartnership(let id):
            .post(["partnerships", .id(id), "delete"], .writer) { PartnershipDeletePages(dependencies: $0).delete }
        }
    }
}
