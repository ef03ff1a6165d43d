import YouchengCore

/// The "make it a prospect" (设为结好意向) action of a suggestion: the prospect form prefilled with the city. Prospects
/// are built on another branch, so this is the one place that names their form's address; once both are merged it
/// should return that route's `link(_:)` with the same parameters.
enum ProspectLink {
    /// `/prospects/new?home=…&name=…&nameZh=…&country=…&themes=…&geonameId=…` for `city` and `home`.
    static func newProspect(city: CityGazetteer.City, home: Locality, themes: [String]) -> String {
        let query = QueryString([
            ("home", home.code), ("name", city.name), ("nameZh", city.nameZh), ("country", city.country),
            ("themes", themes.joined(separator: ",")), ("geonameId", String(city.id)),
        ])
        return "/prospects/new?" + query.encoded
    }
}
