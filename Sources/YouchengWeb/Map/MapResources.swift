import YouchengCore

/// What the map pages draw with, passed in at start-up.
struct MapResources: Sendable {
    /// The country outlines of `/map`: the deployment's `--base-map` (read and checked at start-up), or the bundled
    /// Natural Earth map, parsed the first time `/map` is drawn. Parsing it at start-up held 12 MB of the parser's
    /// values at once, which a server that never draws the map kept as scattered heap pages.
    let world: @Sendable () -> WorldMap
    /// Home localities' coordinates.
    let localities: LocalityPlaces
    /// The city list for the partner page's candidates (loaded the first time a page asks).
    let gazetteer: @Sendable () -> CityGazetteer
}

extension MapCanvas {
    /// The SVG `viewBox` that shows the whole canvas, for every map the pages draw.
    var viewBox: String { "0 0 \(Self.number(width)) \(Self.number(height))" }
}
