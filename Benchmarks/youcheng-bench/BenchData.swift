import YouchengCore

/// A synthetic national registry: every prefecture city and district as homes, partners spread over all countries.
enum BenchData {
    static func registry(rows: Int, reference: ReferenceData) -> [[String]] {
        let homes = reference.localities.byCode.values.filter { $0.level != .province }.map(\.code).sorted()
        let countries = reference.countries.byAlpha2.values.filter {
            $0.continent != nil && !["CN", "HK", "MO", "TW"].contains($0.alpha2)
        }.map(\.alpha2).sorted()
        var table = [["home", "partner", "partner_zh", "country", "kind", "established", "status"]]
        table.reserveCapacity(rows + 1)
        for i in 0..<rows {
            // A partner is twinned with about two homes on average.
            let partner = i / 2
            let year = 1975 + (i * 7) % 50
            table.append([
                homes[(i * 31) % homes.count], "Bench \(partner)", "测试城市\(partner)",
                countries[partner % countries.count],
                i % 3 == 0 ? "sisterCity" : "friendshipCity",
                i % 4 == 0 ? "\(year)" : "\(year)-\(1 + i % 12)-\(1 + i % 28)",
                i % 20 == 0 ? "ended" : "active",
            ])
        }
        return table
    }
}
