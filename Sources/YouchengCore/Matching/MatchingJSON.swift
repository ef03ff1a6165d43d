/// Suggestions and the thin-regions table as JSON, the same for the API and `youcheng suggest --json`.
///
/// Suggestions: `{"home": {"code", "name"}, "themes": [..], "total", "page", "per", "suggestions": [{"geonameId",
/// "name", "nameZh", "country", "population", "score", "factors": {"newCountry": {"points", "reason": {"zh",
/// "en"}}, "thinRegion": …, "population": …, "openToChina": …, "themes": …}}]}`.
///
/// Thin regions: `{"home", "partnerships", "defaults", "population", "regions": [{"scope", "code", "name": {"zh",
/// "en"}, "target", "count", "share", "gap", "thin"}], "districtsWithoutPartner": [{"code", "name"}]}`, `share` a
/// percentage with one decimal written as a string (`"20.0"`).
public enum MatchingJSON {
    /// A page of suggestions for `home`.
    public static func suggestions(_ page: ListPage<Suggestion>, home: Locality, query: SuggestionQuery) -> JSONValue {
        .object([
            ("home", homeJSON(home)), ("themes", .array(query.themes.map { .string($0) })), ("total", .int(page.total)),
            ("page", .int(page.page)), ("per", .int(page.per)), ("suggestions", .array(page.items.map(suggestion))),
        ])
    }

    /// One suggestion.
    public static func suggestion(_ s: Suggestion) -> JSONValue {
        .object([
            ("geonameId", .int(Int(s.city.id))), ("name", .string(s.city.name)), ("nameZh", .string(s.city.nameZh)),
            ("country", .string(s.city.country)), ("population", .int(s.city.population)), ("score", .int(s.total)),
            (
                "factors",
                .object(
                    s.factors.map { factor in
                        (
                            factor.factor.rawValue,
                            .object([("points", .int(factor.points)), ("reason", bilingual(factor.reason))])
                        )
                    })
            ),
        ])
    }

    /// The thin-regions table.
    public static func thinRegions(_ table: ThinRegions) -> JSONValue {
        .object([
            ("home", homeJSON(table.home)), ("partnerships", .int(table.total)),
            ("defaults", .bool(table.settings.isDefault)),
            ("population", table.settings.population.map { .int($0) } ?? .null),
            (
                "regions",
                .array(
                    table.regions.map { r in
                        .object([
                            ("scope", .string(r.scope.rawValue)), ("code", .string(r.code)),
                            ("name", bilingual(r.name)),
                            ("target", .int(r.target)), ("count", .int(r.count)), ("share", .string(r.shareText)),
                            ("gap", .int(r.gap)), ("thin", .bool(r.isThin)),
                        ])
                    })
            ),
            ("districtsWithoutPartner", .array(table.districtsWithout.map(homeJSON))),
        ])
    }

    static func homeJSON(_ home: Locality) -> JSONValue {
        .object([("code", .string(home.code)), ("name", .string(home.fullName))])
    }

    static func bilingual(_ text: Bilingual) -> JSONValue {
        .object([("zh", .string(text.zh)), ("en", .string(text.en))])
    }
}
