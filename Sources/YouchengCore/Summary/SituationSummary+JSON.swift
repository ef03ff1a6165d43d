import Foundation

extension SituationSummary {
    /// The summary as the JSON object of `summary --json` and `/api/v1/summary`, keys in a fixed order.
    public func jsonData(pretty: Bool = true) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .withoutEscapingSlashes] : [.withoutEscapingSlashes]
        return try encoder.encode(JSONForm(self))
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init?(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    private struct Ordered<Value: Encodable>: Encodable {
        var pairs: [(String, Value)]
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Key.self)
            for (key, value) in pairs { try container.encode(value, forKey: Key(key)) }
        }
    }

    private struct HomeForm: Encodable {
        var code: String
        var name: String
    }

    private struct JSONForm: Encodable {
        let summary: SituationSummary
        init(_ summary: SituationSummary) { self.summary = summary }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Key.self)
            try c.encode(summary.asOf, forKey: Key("asOf"))
            if let home = summary.home {
                try c.encode(HomeForm(code: home.code, name: home.fullName), forKey: Key("home"))
            } else {
                try c.encodeNil(forKey: Key("home"))
            }
            try c.encode(summary.partnerships, forKey: Key("partnerships"))
            try c.encode(summary.partners, forKey: Key("partners"))
            try c.encode(summary.countries, forKey: Key("countries"))
            try c.encode(
                Ordered(pairs: PartnershipKind.allCases.map { ($0.rawValue, summary.byKind[$0] ?? 0) }), forKey: Key("byKind"))
            let levels: [LocalityLevel] = [.province, .city, .district]
            try c.encode(Ordered(pairs: levels.map { ($0.rawValue, summary.byLevel[$0] ?? 0) }), forKey: Key("byLevel"))
            try c.encode(
                Ordered(
                    pairs: Continent.allCases.map {
                        ($0.rawValue, summary.byContinent[$0] ?? Spread(partnerships: 0, countries: 0))
                    }), forKey: Key("byContinent"))
            try c.encode(Ordered(pairs: summary.groups.map { ($0.code, $0.spread) }), forKey: Key("groups"))
            try c.encode(summary.topCountries, forKey: Key("topCountries"))
        }
    }
}
