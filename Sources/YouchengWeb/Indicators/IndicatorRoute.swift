import Hummingbird

/// Indicators and unit scorecards (指标与考核): the indicator table of a year and each indicator's yearly figures,
/// the indicator list's management, the unit scorecard and its spreadsheet, the money table, and their JSON (the
/// list's management through the API too).
/// Each line declares a route's method, path, access and handler; `WebRoute.groups` lists this group for
/// registration, and `RouteTableTests` checks that every case is in `all`.
enum IndicatorRoute: Route {
    /// Target against actual for a year.
    case indicators
    /// The form of an indicator's figures for a year.
    case indicatorYear(id: Int64)
    /// Its target.
    case saveIndicatorYear(id: Int64)
    /// The indicator list, to manage.
    case manageIndicators
    /// The empty indicator form.
    case newIndicator
    /// Its target.
    case createIndicator
    /// The form of an indicator.
    case editIndicator(id: Int64)
    /// Its target.
    case updateIndicator(id: Int64)
    /// The confirmation before deleting an indicator.
    case deleteIndicatorConfirm(id: Int64)
    /// Its target.
    case deleteIndicator(id: Int64)
    /// The unit scorecard of a year.
    case scorecard
    /// The scorecard as a spreadsheet.
    case scorecardExport
    /// Budgets and actual amounts by unit and partner.
    case money
    /// The indicator table as JSON.
    case apiIndicators
    /// The scorecard as JSON.
    case apiScorecard
    /// The editable indicator list as JSON.
    case apiIndicatorList
    /// A new indicator through the API.
    case apiCreateIndicator
    /// A change through the API.
    case apiUpdateIndicator(id: Int64)
    /// A deletion through the API.
    case apiDeleteIndicator(id: Int64)
    /// An indicator's figures for a year through the API.
    case apiIndicatorYear(id: Int64, year: Int)

    /// One instance of each route, for registration (ids are placeholders).
    static let all: [IndicatorRoute] = [
        .indicators, .manageIndicators, .newIndicator, .createIndicator, .scorecard, .scorecardExport, .money,
        .apiIndicators, .apiScorecard, .indicatorYear(id: 0), .saveIndicatorYear(id: 0), .editIndicator(id: 0),
        .updateIndicator(id: 0), .deleteIndicatorConfirm(id: 0), .deleteIndicator(id: 0), .apiIndicatorList,
        .apiCreateIndicator, .apiUpdateIndicator(id: 0), .apiDeleteIndicator(id: 0), .apiIndicatorYear(id: 0, year: 0),
    ]

    /// Method, path, access and handler of each route: every signed-in user reads; only administrators change the
    /// list, targets and hand-entered values.
    var declaration: RouteDeclaration {
        switch self {
        case .indicators: .get(["indicators"], .signedIn) { IndicatorsPage(dependencies: $0).show }
        case .indicatorYear(let id):
            .get(["indicators", .id(id), "year"], .admin) { IndicatorYearPages(dependencies: $0).edit }
        case .saveIndicatorYear(let id):
            .post(["indicators", .id(id), "year"], .admin) { IndicatorYearPages(dependencies: $0).save }
        case .manageIndicators:
            .get(["indicators", "manage"], .admin) { IndicatorManagePage(dependencies: $0).show }
        case .newIndicator: .get(["indicators", "new"], .admin) { IndicatorFormPages(dependencies: $0).new }
        case .createIndicator: .post(["indicators"], .admin) { IndicatorFormPages(dependencies: $0).create }
        case .editIndicator(let id):
            .get(["indicators", .id(id), "edit"], .admin) { IndicatorFormPages(dependencies: $0).edit }
        case .updateIndicator(let id):
            .post(["indicators", .id(id)], .admin) { IndicatorFormPages(dependencies: $0).update }
        case .deleteIndicatorConfirm(let id):
            .get(["indicators", .id(id), "delete"], .admin) { IndicatorDeletePages(dependencies: $0).confirm }
        case .deleteIndicator(let id):
            .post(["indicators", .id(id), "delete"], .admin) { IndicatorDeletePages(dependencies: $0).delete }
        case .scorecard: .get(["scorecard"], .signedIn) { ScorecardPage(dependencies: $0).show }
        case .scorecardExport: .get(["scorecard.xlsx"], .signedIn) { ScorecardExport(dependencies: $0).download }
        case .money: .get(["money"], .signedIn) { MoneyPage(dependencies: $0).show }
        case .apiIndicators: .get(["api", "v1", "indicators"], .signedIn) { IndicatorsAPI(dependencies: $0).table }
        case .apiScorecard: .get(["api", "v1", "scorecard"], .signedIn) { IndicatorsAPI(dependencies: $0).scorecard }
        case .apiIndicatorList:
            .get(["api", "v1", "indicator-list"], .signedIn) { IndicatorListAPI(dependencies: $0).list }
        case .apiCreateIndicator:
            .post(["api", "v1", "indicator-list"], .admin) { IndicatorListAPI(dependencies: $0).create }
        case .apiUpdateIndicator(let id):
            .patch(["api", "v1", "indicator-list", .id(id)], .admin) { IndicatorListAPI(dependencies: $0).update }
        case .apiDeleteIndicator(let id):
            .delete(["api", "v1", "indicator-list", .id(id)], .admin) { IndicatorListAPI(dependencies: $0).delete }
        case .apiIndicatorYear(let id, let year):
            .put(["api", "v1", "indicator-list", .id(id), "years", .name(String(year))], .admin) {
                IndicatorListAPI(dependencies: $0).setYear
            }
        }
    }
}
