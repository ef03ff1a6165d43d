import YouchengCore

/// A small gazetteer and registry around Nanjing (320100) for the matching tests, with the bundled reference data.
///
/// The home's partnerships (not ended): Nanjing–Nagoya (JP, Asia), 玄武区–Perth (AU, Oceania), 鼓楼区–Lyon (FR,
/// Europe): 3 in all. Nanjing–Boise (US) is ended and does not count. Other homes: Suzhou and Wuxi with Toulouse
/// (Suzhou's notes say 航空航天合作), Hangzhou with Osaka. The city-themes table gives Osaka "education".
/// Settings: population 9,000,000 (band 6); Asia 35%, Europe 30%, Belt and Road (BRI-MOU) 40%.
enum MatchingFixture {
    static let reference = ReferenceData.bundled

    static let gazetteer = CityGazetteer(csv: [
        ["geonameid", "name", "country", "admin1", "lat", "lon", "population", "timezone", "name_zh", "name_zh_src"],
        city(1, "Toulouse", "FR", 500_000, "图卢兹"), city(2, "Lyon", "FR", 520_000, "里昂"),
        city(3, "Osaka", "JP", 2_700_000, "大阪"), city(4, "Nagoya", "JP", 2_300_000, "名古屋"),
        city(5, "Perth", "AU", 2_000_000, "珀斯"), city(6, "Arequipa", "PE", 1_000_000, ""),
        city(7, "Boise", "US", 230_000, ""), city(8, "Beijing", "CN", 20_000_000, "北京"),
        city(9, "Trujillo", "PE", 1_000_000, ""), city(10, "Lima", "PE", 9_000_000, "利马"),
    ])

    static func city(_ id: Int, _ name: String, _ country: String, _ population: Int, _ nameZh: String) -> [String] {
        [String(id), name, country, "01", "0", "0", String(population), "", nameZh, ""]
    }

    static let records: [PartnershipRecord] = [
        record(1, "320100", 11, "Nagoya", "JP"), record(2, "320102", 12, "Perth", "AU"),
        record(3, "320106", 13, "Lyon", "FR"), record(4, "320100", 14, "Boise", "US", status: .ended),
        record(5, "320500", 15, "Toulouse", "FR", notes: "航空航天合作"), record(6, "320200", 15, "Toulouse", "FR"),
        record(7, "330100", 16, "Osaka", "JP"),
    ]

    static func record(
        _ id: Int64, _ home: String, _ partnerId: Int64, _ name: String, _ country: String,
        status: PartnershipStatus = .active, notes: String = ""
    ) -> PartnershipRecord {
        PartnershipRecord(
            partnership: Partnership(
                id: id, homeCode: home, partnerId: partnerId, kind: .sisterCity, established: nil, status: status,
                notes: notes),
            partner: Partner(id: partnerId, name: name, nameZh: "", country: country),
            home: reference.localities.locality(home)!)
    }

    static let settings = MatchSettings(
        homeCode: "320100", population: 9_000_000,
        shares: [
            TargetShare(.continent, "asia", percent: 35), TargetShare(.continent, "europe", percent: 30),
            TargetShare(.group, "BRI-MOU", percent: 40),
        ],
        version: 1)

    static var nanjing: Locality { reference.localities.locality("320100")! }

    static func context(
        settings: MatchSettings = settings, excluded: Set<Int64> = [], domains: [Int64: [String]] = [:]
    ) -> MatchingContext {
        MatchingContext.build(
            home: nanjing,
            input: MatchingInput(
                records: records, settings: settings, cityThemes: [3: ["education"]], partnerDomains: domains,
                excludedCities: excluded),
            reference: reference, gazetteer: gazetteer)
    }

    static func suggestions(_ query: SuggestionQuery = SuggestionQuery(), context: MatchingContext = context())
        -> ListPage<Suggestion>
    {
        context.suggestions(query, gazetteer: gazetteer, catalog: reference.countries)
    }

    static func suggestion(_ name: String, themes: [String] = []) -> Suggestion? {
        suggestions(SuggestionQuery(themes: themes)).items.first { $0.city.name == name }
    }
}
