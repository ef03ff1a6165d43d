import YouchengCore

/// What the map pages draw with, loaded once at start-up and passed in.
struct MapResources: Sendable {
    /// The country outlines of `/map` (the bundled Natural Earth map, or the deployment's `--base-map`).
    let world: WorldMap
    /// Home localities' coordinates.
    let localities: LocalityPlaces
    /// The city list for the partner page's candidates (loaded the first time a page asks).
    let gazetteer: @Sendable () -> CityGazetteer
}

extension MapCanvas {
    /// The SVG `viewBox` that shows the whole canvas, for every map the pages draw.
    var viewBox: String { "0 0 \(Self.number(width)) \(Self.number(height))" }
}
