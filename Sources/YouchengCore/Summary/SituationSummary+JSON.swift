import Foundation

extension SituationSummary {
    /// The summary as the JSON object of `summary --json` and `/api/v1/summary`, keys in the documented order.
    public var json: JSONValue {
        func spread(_ s: Spread) -> JSONValue {
            .object([("partnerships", .int(s.partnerships)), ("countries", .int(s.countries))])
        }
        let levels: [LocalityLevel] = [.province, .city, .district]
        return .object([
            ("asOf", .string(asOf)),
            ("home", home.map { .object([("code", .string($0.code)), ("name", .string($0.fullName))]) } ?? .null),
            ("partnerships", .int(partnerships)),
            ("partners", .int(partners)),
            ("countries", .int(countries)),
            ("byKind", .object(PartnershipKind.allCases.map { ($0.rawValue, .int(byKind[$0] ?? 0)) })),
            ("byLevel", .object(levels.map { ($0.rawValue, .int(byLevel[$0] ?? 0)) })),
            (
                "byContinent",
                .object(
                    Continent.allCases.map {
                        ($0.rawValue, spread(byContinent[$0] ?? Spread(partnerships: 0, countries: 0)))
                    })
            ),
            ("groups", .object(groups.map { ($0.code, spread($0.spread)) })),
            (
                "topCountries",
                .array(
                    topCountries.map {
                        .object([("country", .string($0.country)), ("partnerships", .int($0.partnerships))])
                    })
            ),
        ])
    }

    /// The JSON as UTF-8 bytes.
    public func jsonData(pretty: Bool = true) throws -> Data {
        Data(json.serialized(pretty: pretty).utf8)
    }
}
