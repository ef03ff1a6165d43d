import Hummingbird
import YouchengCore

/// `GET /projects`: the projects, filtered by unit, partner, domain, stage, stalled and year (all combine), sorted
/// by a column, 50 a page, with the exports of the same query. A bad parameter is refused with a 400 naming it.
struct ProjectListPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let query = try ProjectQuery(parameters: raw.pairs)
        let (days, today) = try await dependencies.stalledRule()
        let page = try await dependencies.services.projects.list(query, days: days, asOf: today)
        let principal = try context.principal()
        let lookups = try await dependencies.exchangeContext()
        let view = ProjectListView(
            query: query, page: page, lookups: lookups,
            partnersWithProjects: try await dependencies.services.projects.partnerIds(),
            rule: (query.days ?? days, query.asOf ?? today),
            notice: Self.notice(raw, language: context.language, catalog: dependencies.renderer.catalog),
            mayWrite: AccessPolicy.mayWrite(principal),
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "projects", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }

    /// What the list says after a deletion or an import redirected to it.
    static func notice(_ raw: QueryString, language: Language, catalog: LabelCatalog) -> String? {
        if raw["deleted"] != nil { return catalog.text("projects_deleted_notice", language) }
        if let count = raw["imported"].flatMap(Int.init) {
            return catalog.text("projects_imported_notice", language, ["count": String(count)])
        }
        return nil
    }
}
