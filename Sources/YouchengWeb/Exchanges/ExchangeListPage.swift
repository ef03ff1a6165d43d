import Hummingbird
import YouchengCore

/// `GET /exchanges`: the exchanges list, newest first, with filters that combine, sorting and pages. A bad parameter
/// is refused with a 400 that names it.
struct ExchangeListPage: Sendable {
    let dependencies: WebDependencies
    /// The filter's partner choices, kept while the registry's partners stay the same.
    let partnerChoices = PartnerChoices()

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let lookups = try await dependencies.exchangeContext()
        let query = try ExchangeQuery(
            parameters: raw.pairs, reference: dependencies.reference, domains: lookups.domains)
        let page = try await dependencies.exchanges.list(query)
        let principal = try context.principal()
        // Unfiltered and nothing found: nothing is stored at all.
        let isEmpty = page.total == 0 && !query.isFiltered
        let notice = try await savedNotice(raw, lookups: lookups, language: context.language)
        let display = dependencies.display(context.language)
        let partnerOptions = try partnerChoices.html(
            partners: lookups.partners, selected: query.partnerId, language: context.language
        ) {
            let options = SelectOptionsModel(
                options: ExchangeFilterForm.partnerChoices(
                    lookups.partners, display: display, catalog: dependencies.renderer.catalog))
            guard let html = dependencies.renderer.library.render(options, withTemplate: "select-options") else {
                throw WebResourcesError.missing("select-options")
            }
            return html
        }
        let view = ExchangeListView(
            query: query, page: page, lookups: lookups, partnerOptions: partnerOptions, display: display,
            catalog: dependencies.renderer.catalog, isEmpty: isEmpty, mayWrite: AccessPolicy.mayWrite(principal),
            notice: notice,
            mayEdit: { [policy = dependencies.policy] in policy.mayWriteExchange(unitId: $0.draft.unitId, as: principal)
            })
        return try await dependencies.renderer.page(
            "exchanges", title: dependencies.renderer.text("exchanges_title", context.language), content: view,
            frame: PageFrame(request: request, context: context))
    }

    /// After a save (`saved=id`) or a delete (`deleted`), what to say, with the saved exchange's breaches.
    private func savedNotice(_ raw: QueryString, lookups: ExchangeContext, language: Language) async throws -> String? {
        let catalog = dependencies.renderer.catalog
        if raw["deleted"] != nil { return catalog.text("exchanges_deleted", language) }
        guard let id = raw["saved"].flatMap({ Int64($0) }),
            let exchange = try await dependencies.exchanges.exchange(id: id)
        else { return nil }
        let breaches = lookups.rules.check(exchange.draft).map { $0.message.text(language) }
        let saved = catalog.text("exchanges_saved", language, ["title": exchange.draft.title])
        return breaches.isEmpty
            ? saved
            : saved + " " + catalog.text("exchange_breach_note", language, ["rules": breaches.joined(separator: "; ")])
    }
}
