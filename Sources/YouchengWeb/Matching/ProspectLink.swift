import YouchengCore

/// The "make it a prospect" (设为结好意向) action of a suggestion: the prospect form, prefilled with the city.
enum ProspectLink {
    /// `/prospects/new?home=…&name=…&nameZh=…&country=…&themes=…&geonameId=…` for `city` and `home`.
    static func newProspect(city: CityGazetteer.City, home: Locality, themes: [String]) -> String {
        PipelineRoute.newProspect.link([
            ("home", home.code), ("name", city.name), ("nameZh", city.nameZh), ("country", city.country),
            ("themes", themes.joined(separator: ",")), ("geonameId", String(city.id)),
        ])
    }
}
