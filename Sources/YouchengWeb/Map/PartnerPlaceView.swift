import YouchengCore

/// The partner page's coordinates: where the partner is, where that came from, and for writers a form to set them
/// (degrees, or one of the cities its names match when the match on import was ambiguous).
struct PartnerPlaceView: Sendable {
    /// A city the partner's names match.
    struct Candidate: Sendable {
        let id: Int64
        let label: String
    }

    let hasPlace: Bool
    let coordinates: String
    let source: String
    let mapHref: String
    let mayWrite: Bool
    let action: String
    /// Latitude and longitude, typed values and errors kept (`form-field`).
    let fields: [FormField]
    let candidates: [Candidate]
    let savedNotice: String?

    init(
        partnerId: Int64, place: PartnerPlace?, candidates: [CityGazetteer.City], mayWrite: Bool,
        typed: (lat: String, lon: String)? = nil, errors: FieldErrors = FieldErrors(errors: []), saved: Bool = false,
        display: Display, catalog: LabelCatalog
    ) {
        let language = display.language
        hasPlace = place != nil
        coordinates = place.map { Self.format($0.point) } ?? ""
        source = place.map { display.text($0.source.label) } ?? ""
        mapHref = MapRoute.map.link()
        self.mayWrite = mayWrite
        action = MapRoute.setPartnerPlace(id: partnerId).link()
        let kit = FormFieldKit(
            labelPrefix: "map_", errors: errors, language: language, catalog: catalog, idPrefix: "place-")
        fields = [
            kit.text(
                "lat", typed?.lat ?? place.map { String($0.point.lat) } ?? "", placeholder: "32.06",
                inputMode: "decimal"),
            kit.text(
                "lon", typed?.lon ?? place.map { String($0.point.lon) } ?? "", placeholder: "118.80",
                inputMode: "decimal"),
        ]
        self.candidates = candidates.map { city in
            let name = language == .zh && !city.nameZh.isEmpty ? "\(city.nameZh) \(city.name)" : city.name
            return Candidate(
                id: city.id,
                label: catalog.text(
                    "map_candidate", language,
                    [
                        "name": name, "admin1": city.admin1, "place": Self.format(city.point),
                        "population": String(city.population),
                    ]))
        }
        savedNotice = saved ? catalog.text("map_place_saved", language) : nil
    }

    /// `32.0603° N, 118.7969° E`.
    static func format(_ point: GeoPoint) -> String {
        let lat = MapCanvas.number4(abs(point.lat)) + "° " + (point.lat < 0 ? "S" : "N")
        let lon = MapCanvas.number4(abs(point.lon)) + "° " + (point.lon < 0 ? "W" : "E")
        return lat + ", " + lon
    }
}
