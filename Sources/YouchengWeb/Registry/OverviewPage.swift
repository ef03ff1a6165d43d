import Hummingbird
import YouchengCore

/// `GET /`: the situation paragraph, its figures, the top countries, counts by continent, kind, level and group.
struct OverviewPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let scope = try SummaryScope(
            query: try request.queryString(), reference: dependencies.reference, today: dependencies.today)
        let summary = try await scope.summary(dependencies.repository, dependencies.reference)
        // "Nothing recorded yet, import…" only for an empty registry; an empty scope says so differently.
        let registryEmpty = summary.partnerships == 0 ? try await dependencies.repository.count() == 0 : false
        var view = OverviewView(
            summary: summary, scope: scope, registryEmpty: registryEmpty,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        let peers = try await dependencies.peers.list()
        if scope.home == nil, !peers.isEmpty {
            let ranking = PeerRanking(ours: summary.partnerships, peers: peers)
            view.peerRank = dependencies.renderer.text(
                "overview_peer_rank", context.language, ["rank": String(ranking.rank), "of": String(ranking.of)])
        }
        return try await dependencies.renderer.page(
            "overview", title: dependencies.renderer.text("overview_title", context.language), content: view,
            frame: PageFrame(request: request, context: context))
    }
}
