import Hummingbird
import YouchengCore

/// `GET /units/responsiveness[?year=YYYY]`: each unit's notices answered on time and reports made on time for a
/// year (this year unless asked), the report rate judged as of today. A bad year is refused with a 400 naming it.
struct ResponsivenessPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let today = dependencies.todayDay
        let year = try NoticeListPage.year(try request.queryString()["year"], today: today)
        let rates = try await dependencies.responsiveness(year: year, asOf: today)
        let view = ResponsivenessView(
            rates, units: try await dependencies.noticeUnits(), language: context.language,
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "responsiveness", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}

/// The responsiveness page's view model: the year's form and one row a unit with either rate, by name.
struct ResponsivenessView: Sendable {
    struct Row: Sendable {
        let unitId: Int64
        let unit: String
        let answers: String
        let reports: String
    }

    let title: String
    let action: String
    let year: String
    let rows: [Row]
    /// Set when no unit has either rate for the year: what that means.
    let emptyText: String?
    let noticesHref: String

    init(_ rates: Responsiveness, units: [Int64: MemberUnit], language: Language, catalog: LabelCatalog) {
        title = catalog.text("responsiveness_title", language, ["year": String(rates.year)])
        action = WorkspaceRoute.responsiveness.link()
        year = String(rates.year)
        rows = rates.unitIds.map { id in
            (id, units[id]?.nameZh ?? "#\(id)", units[id].map { $0.name.text(language) } ?? "#\(id)")
        }.sorted { ($0.1, $0.0) < ($1.1, $1.0) }.map { id, _, name in
            Row(
                unitId: id, unit: name, answers: rates.answerText(id, language, catalog),
                reports: rates.reportText(id, language, catalog))
        }
        emptyText =
            rows.isEmpty ? catalog.text("responsiveness_empty", language, ["year": String(rates.year)]) : nil
        noticesHref = NoticeRoute.notices.link()
    }
}
