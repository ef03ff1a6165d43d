import Testing
import YouchengCore

@testable import YouchengWeb

@Suite struct CountryOrderTests {
    /// `country_order.csv` must say what collating the names says; when the countries change, this prints the file.
    @Test(arguments: Language.allCases)
    func bundledCountryOrderIsWhatCollatingTheNamesGives(language: Language) {
        let catalog = ReferenceData.bundled.countries
        let bundled = Display.sortedCountries(catalog, language).map(\.alpha2)
        let collated = Display.collatedCountries(catalog, language).map(\.alpha2)
        #expect(catalog.countriesInNameOrder(language) != nil, "country_order.csv does not name every country once")
        #expect(
            bundled == collated, "write Sources/YouchengCore/Resources/country_order.csv as:\n\(Self.file(catalog))")
    }

    @Test func catalogWithoutAnOrderIsCollated() {
        let countries = [
            Country(alpha2: "JP", alpha3: "JPN", nameEn: "Japan", nameZh: "日本", continent: .asia),
            Country(alpha2: "FR", alpha3: "FRA", nameEn: "France", nameZh: "法国", continent: .europe),
            Country(alpha2: "DE", alpha3: "DEU", nameEn: "Germany", nameZh: "德国", continent: .europe),
        ]
        let catalog = CountryCatalog(countries: countries, variants: [], groups: [])
        // 德国 (deguo), 法国 (faguo), 日本 (riben); France, Germany, Japan.
        #expect(Display.sortedCountries(catalog, .zh).map(\.alpha2) == ["DE", "FR", "JP"])
        #expect(Display.sortedCountries(catalog, .en).map(\.alpha2) == ["FR", "DE", "JP"])
    }

    static func file(_ catalog: CountryCatalog) -> String {
        let zh = Display.collatedCountries(catalog, .zh).map(\.alpha2)
        let en = Display.collatedCountries(catalog, .en).map(\.alpha2)
        return (["zh,en"] + zip(zh, en).map { "\($0),\($1)" }).joined(separator: "\n")
    }
}
