import Hummingbird
import YouchengCore

/// `GET /money[?year=YYYY]`: the year's budgets and actual amounts (CNY) by unit and by partner, from the exchanges
/// starting in it. A bad year is a 400 naming it.
struct MoneyPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let year = try dependencies.indicatorYear(request)
        let table = try await dependencies.indicatorReports.money(year: year)
        let units = try await dependencies.accounts.units.list(includeInactive: true)
        let language = context.language
        let unitNames = Dictionary(units.map { ($0.id, $0.name.text(language)) }, uniquingKeysWith: { a, _ in a })
        let partners = try await dependencies.exchangeContext().partnersById
        let view = MoneyView(
            table, year: year, unitNames: unitNames, partnerNames: partners.mapValues { $0.displayName(language) },
            language: language, catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "money", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}

/// The money page's view model: two tables (by unit, by partner) and the total.
struct MoneyView: Sendable {
    struct Row: Sendable {
        let name: String
        let records: Int
        let budget: String
        let actual: String
        let difference: String
    }

    let title: String
    let action: String
    let year: String
    let byUnit: [Row]
    let byPartner: [Row]
    let total: Row
    let emptyText: String?
    let rule: String
    /// The footnote: actual minus budget compares the records with both amounts only, and how many those are.
    let differenceRule: String
    let exchangesHref: String

    init(
        _ table: MoneyTable, year: Int, unitNames: [Int64: String], partnerNames: [Int64: String],
        language: Language, catalog: LabelCatalog
    ) {
        title = catalog.text("money_title", language, ["year": String(year)])
        action = IndicatorRoute.money.link()
        self.year = String(year)
        func row(_ sum: MoneyTable.Sum, _ name: String) -> Row {
            Row(
                name: name, records: sum.records, budget: sum.budget.grouped, actual: sum.actual.grouped,
                difference: sum.difference.map { ($0 < 0 ? "−" : "") + Money(hundredths: abs($0)).grouped } ?? "—")
        }
        let none = catalog.text("money_no_unit", language)
        byUnit = table.byUnit.map { row($0, $0.id.map { unitNames[$0] ?? "#\($0)" } ?? none) }
        byPartner = table.byPartner.map { row($0, $0.id.map { partnerNames[$0] ?? "#\($0)" } ?? none) }
        total = row(table.total, catalog.text("money_total", language))
        emptyText = table.total.records == 0 ? catalog.text("money_empty", language, ["year": String(year)]) : nil
        rule = catalog.text("money_rule", language)
        differenceRule = catalog.text(
            "money_difference_rule", language,
            ["compared": String(table.total.compared), "records": String(table.total.records)])
        exchangesHref = ExchangeRoute.exchanges.link([("from", "\(year)-01-01"), ("to", "\(year)-12-31")])
    }
}
