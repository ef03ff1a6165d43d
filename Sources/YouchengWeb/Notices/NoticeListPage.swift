import Hummingbird
import YouchengCore

/// `GET /notices`: the notices newest first, filtered by unit and open or closed, a page at a time; below, each
/// unit's on-time answer rate for `year` (this year unless asked). A bad parameter is refused with a 400 naming it.
struct NoticeListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let query = try NoticeQuery(parameters: raw.pairs)
        let today = dependencies.noticeToday
        let year = try Self.year(raw["year"], today: today)
        let notices = dependencies.services.notices
        let page = try await notices.list(query, today: today)
        let rates = try await notices.answerRates(
            year: year, timeZone: dependencies.configuration.timeZone, asOf: today)
        let view = NoticeListView(
            query: query, page: page, rates: rates, year: year, today: today,
            units: try await dependencies.noticeUnits(), mayWrite: AccessPolicy.maySendNotice(try context.principal()),
            language: context.language,
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "notices", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }

    /// The `year` parameter, 1900–2100, or today's year when it is absent or empty.
    static func year(_ text: String?, today: Day) throws -> Int {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return today.year }
        guard let year = Int(text), (1900...2100).contains(year) else { throw WebError.invalidParameter("year", text) }
        return year
    }
}
