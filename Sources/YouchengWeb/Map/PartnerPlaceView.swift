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
    let lat: String
    let lon: String
    let candidates: [Candidate]
    let fieldErrors: [String: String]
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
        lat = typed?.lat ?? place.map { String($0.point.lat) } ?? ""
        lon = typed?.lon ?? place.map { String($0.point.lon) } ?? ""
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
        var fieldErrors: [String: String] = [:]
        for error in errors.errors { fieldErrors[error.field ?? "lat"] = error.message.text(language) }
        self.fieldErrors = fieldErrors
        savedNotice = saved ? catalog.text("map_place_saved", language) : nil
    }

    /// `32.0603° N, 118.7969° E`.
    static func format(_ point: GeoPoint) -> String {
        let lat = MapCanvas.number4(abs(point.lat)) + "° " + (point.lat < 0 ? "S" : "N")
        let lon = MapCanvas.number4(abs(point.lon)) + "° " + (point.lon < 0 ? "W" : "E")
        return lat + ", " + lon
    }
}
