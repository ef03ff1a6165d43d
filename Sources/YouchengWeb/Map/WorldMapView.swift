import YouchengCore

/// The world map page's view model: one shaded path per country of the base map, the markers, the legend and the
/// table of countries (the same facts as the map, readable without it).
struct WorldMapView: Sendable {
    /// One country outline.
    struct Shape: Sendable {
        let iso: String
        let d: String
        let step: Int
        let tooltip: String
    }

    /// One row of the countries table.
    struct CountryRow: Sendable {
        let iso: String
        let name: String
        let count: Int
        let step: Int
        let href: String
    }

    /// One legend entry.
    struct LegendEntry: Sendable {
        let step: Int
        let label: String
    }

    let filters: FilterForm
    let chinaHref = MapRoute.chinaMap.link()
    let viewBox: String
    let shapes: [Shape]
    let markers: [MapMarker]
    let legend: [LegendEntry]
    let countries: [CountryRow]
    let sisterLabel: String
    let friendshipLabel: String
    let summary: String
    /// Partners of the selection without coordinates, so not drawn.
    let unplaced: String?

    init(
        records: [PartnershipRecord], places: [Int64: PartnerPlace], activity: [Int64: Int], world: WorldMap,
        filters: FilterForm, raw: QueryString, display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        var counts: [String: Int] = [:]
        for record in records { counts[record.partner.country.uppercased(), default: 0] += 1 }
        let shading = MapShading(maxCount: counts.values.max() ?? 0)
        let canvas = MapCanvas.world()
        self.filters = filters
        viewBox = canvas.viewBox
        shapes = world.features.map { feature in
            let count = counts[feature.iso] ?? 0
            let name =
                display.reference.countries.country(feature.iso) != nil
                ? display.country(feature.iso)
                : (language == .zh && !feature.nameZh.isEmpty ? feature.nameZh : feature.nameEn)
            return Shape(
                iso: feature.iso, d: canvas.path(feature.rings), step: shading.step(count),
                tooltip: catalog.text("map_country_tooltip", language, ["country": name, "count": String(count)]))
        }
        markers = MapMarker.markers(
            records: records, places: places, activity: activity, canvas: canvas, display: display)
        legend = shading.legend.map { entry in
            LegendEntry(
                step: entry.step,
                label: entry.low == entry.high ? String(entry.low) : "\(entry.low)–\(entry.high)")
        }
        let base = raw.removing(["country", "page", "lang"])
        countries = counts.map { code, count in
            CountryRow(
                iso: code, name: display.country(code), count: count, step: shading.step(count),
                href: RegistryRoute.partnerships.link(base.setting("country", code)))
        }.sorted { ($0.count, $1.name) > ($1.count, $0.name) }
        sisterLabel = display.kind(.sisterCity)
        friendshipLabel = display.kind(.friendshipCity)
        summary = catalog.text(
            "map_summary", language,
            [
                "partnerships": String(records.count), "countries": String(counts.count),
                "markers": String(markers.count),
            ])
        let partners = Set(records.map(\.partner.id))
        let missing = partners.filter { places[$0] == nil }.count
        unplaced = missing == 0 ? nil : catalog.text("map_unplaced", language, ["count": String(missing)])
    }
}
