import Hummingbird
import YouchengCore

/// `GET /map/china?home=…`: our side on the map of China. Which home localities keep partnerships (not ended) and
/// how many; for the city `home` names (by default the one with most partnerships in its area), its districts and
/// counties, naming those with none yet. An unknown or ambiguous `home` is a 400 naming the candidates.
struct ChinaMapPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let parameters = PageParameters(query: raw, reference: dependencies.reference)
        let homeText = parameters.homeText
        let city = try parameters.home()
        var query = PartnershipQuery()
        query.statuses = [.active, .suspended]
        let records = try await dependencies.repository.all(query)
        let coverage = ChinaCoverage(
            homeCodes: records.map(\.home.code), directory: dependencies.reference.localities, city: city)
        let view = ChinaMapView(
            coverage: coverage, places: dependencies.maps.localities, homeText: homeText,
            display: dependencies.display(context.language), catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "map-china", title: dependencies.renderer.text("map_china_title", context.language), content: view,
            frame: PageFrame(request: request, context: context))
    }
}
