import Foundation
import YouchengCore

/// An SVG of dots at localities' coordinates, on a plain equirectangular box (no outlines: a published outline of
/// China needs an approved base map).
struct DotMap: Sendable {
    /// One locality's dot.
    struct Dot: Sendable {
        let code: String
        let cx: String
        let cy: String
        let r: String
        let count: Int
        let none: Bool
        let label: String
        let tooltip: String
    }

    let id: String
    let viewBox: String
    let title: String
    let dots: [Dot]
    /// Whether names are written beside the dots (the city map; the national one has too many).
    let labels: Bool

    init(
        canvas: MapCanvas, dots points: [(Locality, Int, GeoPoint)], labels: Bool, display: Display, titleKey: String,
        catalog: LabelCatalog, id: String
    ) {
        self.id = id
        self.labels = labels
        viewBox = canvas.viewBox
        title = catalog.text(titleKey, display.language)
        dots = points.map { locality, count, point in
            let p = canvas.point(point)
            let name = labels ? locality.name : display.home(locality)
            return Dot(
                code: locality.code, cx: MapCanvas.number(p.x), cy: MapCanvas.number(p.y),
                r: MapCanvas.number(count == 0 ? 4 : min(14, 4 + Double(count).squareRoot() * 2)), count: count,
                none: count == 0, label: labels ? (display.language == .zh ? locality.name : locality.nameEn) : "",
                tooltip: catalog.text("map_dot_tooltip", display.language, ["name": name, "count": String(count)]))
        }
    }

    /// A map of `points` framed around them with a margin.
    static func around(_ points: [(Locality, Int, GeoPoint)], display: Display, catalog: LabelCatalog) -> DotMap? {
        guard !points.isEmpty else { return nil }
        let lons = points.map(\.2.lon)
        let lats = points.map(\.2.lat)
        let margin = max(
            0.08, max(((lons.max() ?? 0) - (lons.min() ?? 0)), ((lats.max() ?? 0) - (lats.min() ?? 0))) * 0.12)
        let canvas = MapCanvas.box(
            west: (lons.min() ?? 0) - margin, east: (lons.max() ?? 0) + margin * 2, south: (lats.min() ?? 0) - margin,
            north: (lats.max() ?? 0) + margin, width: 560)
        return DotMap(
            canvas: canvas, dots: points, labels: true, display: display, titleKey: "map_city_svg_title",
            catalog: catalog, id: "city")
    }
}
