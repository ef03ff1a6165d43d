import Hummingbird
import YouchengCore
import YouchengStore

/// `GET /peers`: other cities' published partnership counts and where ours ranks; admins add or correct a figure
/// with `POST /peers` (the same city and year replaces it). `youcheng peers import` loads a spreadsheet.
struct PeersPages: Sendable {
    let dependencies: WebDependencies

    var store: PeerStore { dependencies.peers }

    func list(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        try await render(request: request, context: context)
    }

    func add(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let fields = try await request.postedForm(.record, context)
        switch PeerCity.read(fields.fields) {
        case .failure(let errors):
            return try await render(
                form: fields.fields, errors: errors, status: .unprocessableContent, request: request, context: context)
        case .success(let peer):
            try await store.save([peer], actor: try context.auditActor())
            return Response(status: .seeOther, headers: [.location: ReportRoute.peers.link()])
        }
    }

    private func render(
        form: [String: String] = [:], errors: FieldErrors? = nil, status: HTTPResponse.Status = .ok, request: Request,
        context: WebRequestContext
    ) async throws -> Response {
        let ours = try await dependencies.repository.summaryEntries(homeCodes: nil, asOf: dependencies.today).count
        let view = PeersView(
            ranking: PeerRanking(ours: ours, peers: try await store.list()), ours: ours, form: form, errors: errors,
            mayEdit: ReportRoute.peersAdd.access.admits(try context.principal()), language: context.language,
            catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "peers", title: view.title, content: view,
            frame: PageFrame(request: request, context: context, switchTo: ReportRoute.peers), status: status)
    }
}

/// The peers page's view model.
struct PeersView: Sendable {
    struct Row: Sendable {
        let rank: Int
        let city: String
        let province: String
        let partnerships: Int
        let countries: String
        let year: Int
        let source: String
    }

    let title: String
    let rankText: String
    let rows: [Row]
    let mayEdit: Bool
    let fields: [FormField]
    let action: String

    init(
        ranking: PeerRanking, ours: Int, form: [String: String], errors: FieldErrors?, mayEdit: Bool,
        language: Language, catalog: LabelCatalog
    ) {
        title = catalog.text("peers_title", language)
        rankText = catalog.text(
            "peers_rank", language, ["rank": String(ranking.rank), "of": String(ranking.of), "ours": String(ours)])
        rows = ranking.latest.map { peer in
            Row(
                rank: 1 + ranking.latest.filter { $0.partnerships > peer.partnerships }.count
                    + (ours > peer.partnerships ? 1 : 0),
                city: peer.city, province: peer.province, partnerships: peer.partnerships,
                countries: peer.countries.map(String.init) ?? "—", year: peer.year, source: peer.source)
        }
        self.mayEdit = mayEdit
        let kit = FormFieldKit(
            labelPrefix: "", errors: errors, language: language, catalog: catalog, idPrefix: "peer-")
        fields = PeerCity.columns.map { column in
            kit.text(column.field, form[column.field] ?? "", label: column.label.text(language))
        }
        action = ReportRoute.peersAdd.link()
    }
}
