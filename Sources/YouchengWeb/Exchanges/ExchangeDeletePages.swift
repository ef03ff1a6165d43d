import Hummingbird
import YouchengCore

/// Deleting an exchange: `GET /exchanges/{id}/delete` asks for confirmation, its form posts to
/// `POST /exchanges/{id}/delete` with the version shown; success goes back to the list. A change in between shows
/// the confirmation again (409) with the exchange as it is now.
struct ExchangeDeletePages: Sendable {
    let dependencies: WebDependencies

    func confirm(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let exchange = try await dependencies.writableExchange(
            id: try context.pathID(), principal: try context.principal())
        return try await render(exchange, conflict: false, request: request, context: context)
    }

    func delete(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.action, context)
        let principal = try context.principal()
        let exchange = try await dependencies.writableExchange(id: try context.pathID(), principal: principal)
        let version = try fields.version()
        do {
            _ = try await dependencies.exchanges.delete(
                id: exchange.id, expectedVersion: version, actor: try context.auditActor())
        } catch ExchangeError.staleVersion {
            let current = try await dependencies.writableExchange(id: exchange.id, principal: principal)
            return try await render(current, conflict: true, request: request, context: context)
        }
        return Response(status: .seeOther, headers: [.location: ExchangeRoute.exchanges.link([("deleted", "1")])])
    }

    private func render(_ exchange: Exchange, conflict: Bool, request: Request, context: WebRequestContext)
        async throws -> Response
    {
        let lookups = try await dependencies.exchangeContext()
        let display = dependencies.display(context.language)
        let row = ExchangeRow(exchange, lookups: lookups, display: display, mayEdit: true)
        let view = ExchangeDeleteView(
            heading: dependencies.renderer.text("exchange_delete_title", context.language), row: row,
            action: ExchangeRoute.deleteExchange(id: exchange.id).link(), version: String(exchange.version),
            cancelHref: ExchangeRoute.editExchange(id: exchange.id).link(), conflict: conflict)
        return try await dependencies.renderer.page(
            "exchange-delete", title: view.heading, content: view,
            frame: PageFrame(
                request: request, context: context, switchTo: ExchangeRoute.deleteExchangeConfirm(id: exchange.id)),
            status: conflict ? .conflict : .ok)
    }
}

/// The confirmation page's view model: the exchange as the list shows it, and the form's values.
struct ExchangeDeleteView: Sendable {
    let heading: String
    let row: ExchangeRow
    let action: String
    let version: String
    let cancelHref: String
    let conflict: Bool
}
