import Hummingbird
import YouchengCore

/// `GET /audit` (admins): the audit log, newest first, 50 a page, with filters that combine: `actor`, `entity`
/// (`TYPE` or `TYPE:ID`) and `entity_id`, `action`, `from` and `to` (days `YYYY-MM-DD` in the configured time zone,
/// the end day included). A bad value is refused (400) naming the parameter.
struct AuditLogPage: Sendable {
    let dependencies: WebDependencies

    /// Entries per page.
    static let perPage = 50

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let timeZone = dependencies.configuration.timeZone
        let query = try AuditQuery(parameters: raw.pairs, timeZone: timeZone, per: Self.perPage)
        let accounts = dependencies.accounts
        let page = try await accounts.audit.entries(query)
        let view = AuditLogView(
            raw: raw, query: query, page: page, users: try await accounts.users.list(),
            units: try await accounts.units.list(includeInactive: true), timeZone: timeZone,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "audit", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}
