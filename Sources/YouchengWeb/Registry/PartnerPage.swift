import Hummingbird
import YouchengCore

/// `GET /partners/{id}`: one partner with all its partnerships, its coordinates and its exchanges.
struct PartnerPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        return try await render(
            id: try context.pathID(), query: query, place: PlaceForm(saved: query["saved"] == "place"),
            request: request, context: context)
    }

    /// The coordinates form's state: what was typed, what was refused, whether it was just saved.
    struct PlaceForm: Sendable {
        var typed: (lat: String, lon: String)? = nil
        var errors = FieldErrors(errors: [])
        var saved = false
    }

    /// The page of partner `id`, with the coordinates form in the state `place` says.
    func render(
        id: Int64, query: QueryString = QueryString(), place: PlaceForm, status: HTTPResponse.Status = .ok,
        request: Request, context: WebRequestContext
    ) async throws -> Response {
        guard let found = try await dependencies.repository.partner(id: id) else { throw RegistryError.notFound }
        let principal = try context.principal()
        let policy = dependencies.policy
        let mayWrite = AccessPolicy.mayWrite(principal)
        let history =
            mayWrite
            ? try await dependencies.history(
                partnerships: found.partnerships.map(\.partnership.id), language: context.language) : nil
        var projectQuery = ProjectQuery()
        projectQuery.partnerId = id
        let rule = try await dependencies.stalledRule()
        let activity = PartnerActivityView(
            exchanges: try await dependencies.exchanges.timeline(partnerId: id),
            projects: try await dependencies.services.projects.all(projectQuery, days: rule.days, asOf: rule.asOf),
            partnerId: id, lookups: try await dependencies.exchangeContext(), rule: rule,
            domains: try await dependencies.exchanges.domains(), display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
        var view = PartnerView(
            partner: found.partner, partnerships: found.partnerships, savedId: query["saved"].flatMap { Int64($0) },
            deletedHome: query["deleted"], mayWrite: mayWrite,
            mayEdit: { policy.mayEditPartnership(home: $0.home.code, as: principal) }, history: history,
            activity: activity,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        // The coordinates are shared by every home twinned with the partner: the form is for those who may change them.
        let mayPlace = policy.mayChangeSharedPartner(homes: found.partnerships.map(\.home.code), as: principal)
        view.place = try await placeView(found.partner, mayWrite: mayPlace, form: place, context)
        return try await dependencies.renderer.page(
            "partner", title: view.title, content: view, frame: PageFrame(request: request, context: context),
            status: status)
    }

    private func placeView(_ partner: Partner, mayWrite: Bool, form: PlaceForm, _ context: WebRequestContext)
        async throws -> PartnerPlaceView
    {
        let stored = try await dependencies.places.place(partnerId: partner.id)
        // Candidates only where they help: a writer, and no coordinates yet (the import left them empty).
        let candidates = mayWrite && stored == nil ? Self.candidates(partner, dependencies.maps.gazetteer()) : []
        return PartnerPlaceView(
            partnerId: partner.id, place: stored, candidates: candidates, mayWrite: mayWrite, typed: form.typed,
            errors: form.errors, saved: form.saved, display: dependencies.display(context.language),
            catalog: dependencies.renderer.catalog)
    }

    /// The cities `partner`'s names match, largest first.
    static func candidates(_ partner: Partner, _ gazetteer: CityGazetteer) -> [CityGazetteer.City] {
        switch gazetteer.match(name: partner.name, nameZh: partner.nameZh, country: partner.country) {
        case .none: []
        case .unique(let city): [city]
        case .ambiguous(let cities): cities
        }
    }
}
