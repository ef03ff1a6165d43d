import Foundation

/// The GeoNames cities with at least 15,000 inhabitants (`cities15000_zh.csv`), for giving new partners coordinates.
public struct CityGazetteer: Sendable {
    /// One city of the list.
    public struct City: Sendable, Hashable {
        /// GeoNames id.
        public var id: Int64
        /// Name (GeoNames' main name).
        public var name: String
        /// Chinese name, where GeoNames has one.
        public var nameZh: String
        /// ISO alpha-2 country code.
        public var country: String
        /// First-level division code within the country.
        public var admin1: String
        /// Coordinates.
        public var point: GeoPoint
        /// Population.
        public var population: Int
    }

    /// What a partner's names match.
    public enum Match: Sendable, Equatable {
        /// No city.
        case none
        /// Exactly one city.
        case unique(City)
        /// Several cities, largest first.
        case ambiguous([City])
    }

    /// Cities by id.
    public let byId: [Int64: City]
    private let keys: [String: [Int64]]

    /// Builds the gazetteer from the CSV's rows (header first).
    public init(csv rows: [[String]]) {
        guard let header = rows.first else {
            byId = [:]
            keys = [:]
            return
        }
        let column = Dictionary(header.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        func value(_ row: [String], _ name: String) -> String {
            guard let i = column[name], i < row.count else { return "" }
            return row[i]
        }
        var byId: [Int64: City] = [:]
        var keys: [String: [Int64]] = [:]
        for row in rows.dropFirst() {
            guard let id = Int64(value(row, "geonameid")), let lat = Double(value(row, "lat")),
                let lon = Double(value(row, "lon"))
            else { continue }
            let city = City(
                id: id, name: value(row, "name"), nameZh: value(row, "name_zh"), country: value(row, "country"),
                admin1: value(row, "admin1"), point: GeoPoint(lat: lat, lon: lon),
                population: Int(value(row, "population")) ?? 0)
            byId[id] = city
            for key in Self.keys(name: city.name, nameZh: city.nameZh, country: city.country) {
                keys[key, default: []].append(id)
            }
        }
        self.byId = byId
        self.keys = keys
    }

    /// The bundled list, read the first time it is asked for and then kept.
    public static let bundled: CityGazetteer = {
        guard
            let url = Bundle.module.url(forResource: "cities15000_zh", withExtension: "csv", subdirectory: "Resources"),
            let text = try? String(contentsOf: url, encoding: .utf8), let rows = try? CSV.parse(text)
        else { fatalError("Youcheng's bundled city list is missing or unreadable") }
        return CityGazetteer(csv: rows)
    }()

    /// The cities of `country` whose name (folded, also to plain ASCII) equals `name`'s or whose Chinese name equals
    /// `nameZh` (a final 市 aside).
    public func match(name: String, nameZh: String, country: String) -> Match {
        let ids = Set(Self.keys(name: name, nameZh: nameZh, country: country).flatMap { keys[$0] ?? [] })
        let cities = ids.compactMap { byId[$0] }.sorted { ($0.population, $1.id) > ($1.population, $0.id) }
        switch cities.count {
        case 0: return .none
        case 1: return .unique(cities[0])
        default: return .ambiguous(cities)
        }
    }

    static func keys(name: String, nameZh: String, country: String) -> [String] {
        let c = country.uppercased()
        var out: Set<String> = []
        let folded = NameKey.fold(name)
        if !folded.isEmpty {
            out.insert("\(c)|\(folded)")
            out.insert("\(c)|\(asciiFold(folded))")
        }
        var zh = nameZh.trimmingCharacters(in: .whitespaces)
        if zh.count > 1, zh.hasSuffix("市") { zh.removeLast() }
        if !zh.isEmpty { out.insert("\(c)|zh:\(zh)") }
        return out.sorted()
    }

    /// Letters that folding diacritics leaves alone, spelt in ASCII (`łódź` → `lodz`, `straße` → `strasse`).
    static func asciiFold(_ text: String) -> String {
        let table: [Character: String] = [
            "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ħ": "h",
        ]
        return String(text.flatMap { table[$0] ?? String($0) })
    }
}
