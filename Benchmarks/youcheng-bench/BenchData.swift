import YouchengCore

/// A synthetic national registry shaped like a real one: every prefecture city and district as homes, partners that
/// are real foreign cities from the bundled gazetteer (with their countries and, where GeoNames has one, Chinese
/// names), so an import matches them to coordinates as it would a real list; and partners shared between homes,
/// a few popular ones with a couple of hundred homes each, most with a handful.
enum BenchData {
    /// The registry as a CSV table (header first): `rows` partnerships, each a distinct (home, partner) pair, over
    /// `partnerCount(rows:)` partners, sorted by home as a province's list would be.
    static func registry(rows: Int, reference: ReferenceData, gazetteer: CityGazetteer = .bundled) -> [[String]] {
        let homes = reference.localities.byCode.values.filter { $0.level != .province }.map(\.code).sorted()
        let cities = partners(count: partnerCount(rows: rows), reference: reference, gazetteer: gazetteer)
        var pairs: [(home: Int, city: Int)] = []
        pairs.reserveCapacity(rows)
        for (city, twins) in shares(rows: rows, partners: cities.count, limit: homes.count).enumerated() {
            // A stride coprime with the number of homes visits `twins` different homes.
            let start = (city * 7_919) % homes.count
            let step = coprimeStride(homes.count)
            for j in 0..<twins { pairs.append(((start + j * step) % homes.count, city)) }
        }
        pairs.sort { ($0.home, $0.city) < ($1.home, $1.city) }
        var table = [["home", "partner", "partner_zh", "country", "kind", "established", "status"]]
        table.reserveCapacity(pairs.count + 1)
        for (i, pair) in pairs.enumerated() {
            let city = cities[pair.city]
            let year = 1975 + (i * 7) % 50
            table.append([
                homes[pair.home], city.name, city.nameZh, city.country,
                i % 3 == 0 ? "sisterCity" : "friendshipCity",
                i % 4 == 0 ? "\(year)" : "\(year)-\(1 + i % 12)-\(1 + i % 28)",
                i % 20 == 0 ? "ended" : "active",
            ])
        }
        return table
    }

    /// How many distinct partners `rows` partnerships are spread over: half as many as rows for a small registry
    /// (so the exchange benchmark's 6,000 rows give 3,000 partners), at most 4,000 (a national list).
    static func partnerCount(rows: Int) -> Int { max(1, min(rows / 2, 4_000)) }

    /// The `count` most populous foreign cities (outside mainland China, Hong Kong, Macao and Taiwan) whose names
    /// mean one partner each, in a country the reference data places on a continent.
    static func partners(count: Int, reference: ReferenceData, gazetteer: CityGazetteer) -> [CityGazetteer.City] {
        let excluded: Set<String> = ["CN", "HK", "MO", "TW"]
        let candidates = gazetteer.byId.values.filter {
            !excluded.contains($0.country) && reference.countries.byAlpha2[$0.country]?.continent != nil
        }.sorted { ($0.population, $1.id) > ($1.population, $0.id) }
        var keys: Set<String> = []
        var out: [CityGazetteer.City] = []
        for city in candidates where out.count < count {
            if keys.insert(Partner.identityKey(name: city.name, nameZh: city.nameZh, country: city.country)).inserted {
                out.append(city)
            }
        }
        return out
    }

    /// How many homes each of `partners` partners (most popular first) is twinned with, adding up to `rows`: one
    /// each, and the rest shared by weight 1/(k + 20), so the first few have a couple of hundred homes; none more
    /// than `limit` (the number of homes).
    static func shares(rows: Int, partners: Int, limit: Int) -> [Int] {
        guard partners > 0, rows >= partners else { return Array(repeating: 1, count: min(rows, partners)) }
        let extra = rows - partners
        let weights = (0..<partners).map { 1 / Double($0 + 20) }
        let total = weights.reduce(0, +)
        var counts = weights.map { min(limit, 1 + Int(Double(extra) * $0 / total)) }
        var missing = rows - counts.reduce(0, +)
        var k = 0
        while missing > 0, k < partners * limit {
            if counts[k % partners] < limit {
                counts[k % partners] += 1
                missing -= 1
            }
            k += 1
        }
        return counts
    }

    /// A stride below `n` with no common factor with it, so `i * stride % n` visits every residue.
    static func coprimeStride(_ n: Int) -> Int {
        func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
        var step = max(1, n / 3 + 1)
        while n > 1, gcd(step, n) != 1 { step += 1 }
        return step
    }
}

/// The benchmarks' deterministic generator (a 64-bit LCG): the same data on every run.
struct SeededRandom {
    var seed: UInt64

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int {
        seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((seed >> 33) % UInt64(bound))
    }
}
