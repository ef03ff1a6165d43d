import Hummingbird
import YouchengCore

/// `GET /map`: the world map of the partnerships the list's filters select, shaded by country, with a marker per
/// partner that has coordinates. A bad filter value shows the page again with the message beside the field and an
/// empty map (400), as the list does.
struct MapPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let raw = try request.queryString()
        let reading = try ListQueryReading(raw, reference: dependencies.reference)
        let valid = reading.errors.errors.isEmpty
        let records = valid ? try await dependencies.repository.all(reading.query) : []
        let display = dependencies.display(context.language)
        let view = WorldMapView(
            records: records, places: try await dependencies.places.places(),
            activity: try await dependencies.exchanges.countsByPartner(), world: dependencies.maps.world(),
            filters: FilterForm(
                query: reading.query, raw: raw, errors: reading.errors, display: display,
                catalog: dependencies.renderer.catalog, route: MapRoute.map),
            raw: raw, display: display, catalog: dependencies.renderer.catalog)
        return try await dependencies.renderer.page(
            "map", title: dependencies.renderer.text("map_title", context.language), content: view,
            frame: PageFrame(request: request, context: context), status: valid ? .ok : .badRequest)
    }
}
