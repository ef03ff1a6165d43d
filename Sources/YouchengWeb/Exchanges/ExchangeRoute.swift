import Hummingbird

/// Exchanges (visits, events): the list and its spreadsheets, the forms, deleting, dormant partnerships and
/// activity.
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum ExchangeRoute: Route {
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
    /// Dormant partnerships.
    case dormant
    /// The activity figures of a period.
    case activity

    /// One instance of each route, for registration (ids and names are placeholders).
    static let all: [ExchangeRoute] = [
        .dormant, .activity, .exchanges, .exchangeExport(.csv), .exchangeExport(.xlsx), .newExchange, .createExchange,
        .editExchange(id: 0), .updateExchange(id: 0), .deleteExchangeConfirm(id: 0), .deleteExchange(id: 0),
    ]

    /// Method, path, access and handler of each route. The switch has no default: a new route does not compile
    /// until it says all four.
    var declaration: RouteDeclaration {
        switch self {
        case .exchanges: .get(["exchanges"], .signedIn) { ExchangeListPage(dependencies: $0).show }
        case .exchangeExport(let kind):
            .get([.literal("exchanges.\(kind.rawValue)")], .signedIn) {
                ExchangeExport(dependencies: $0, kind: kind).download
            }
        case .newExchange: .get(["exchanges", "new"], .writer) { ExchangeFormPages(dependencies: $0).new }
        case .createExchange: .post(["exchanges"], .writer) { ExchangeFormPages(dependencies: $0).create }
        case .editExchange(let id):
            .get(["exchanges", .id(id), "edit"], .writer) { ExchangeFormPages(dependencies: $0).edit }
        case .updateExchange(let id):
            .post(["exchanges", .id(id)], .writer) { ExchangeFormPages(dependencies: $0).update }
        case .deleteExchangeConfirm(let id):
            .get(["exchanges", .id(id), "delete"], .writer) { ExchangeDeletePages(dependencies: $0).confirm }
        case .deleteExchange(let id):
            .post(["exchanges", .id(id), "delete"], .writer) { ExchangeDeletePages(dependencies: $0).delete }
        case .dormant: .get(["dormant"], .signedIn) { DormantPage(dependencies: $0).show }
        case .activity: .get(["activity"], .signedIn) { ActivityPage(dependencies: $0).show }
        }
    }
}
