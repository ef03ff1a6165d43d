import Testing
import YouchengCore

@Suite struct CountryNameOrderTests {
    let japan = Country(alpha2: "JP", alpha3: "JPN", nameEn: "Japan", nameZh: "日本", continent: .asia)
    let france = Country(alpha2: "FR", alpha3: "FRA", nameEn: "France", nameZh: "法国", continent: .europe)

    func catalog(order: [[String]]) -> CountryCatalog {
        CountryCatalog(countries: [japan, france], variants: [], groups: []).withNameOrder(csv: order)
    }

    @Test func bundledCatalogListsEveryCountryInPinyinAndAlphabeticalOrder() throws {
        let catalog = ReferenceData.bundled.countries
        let zh = try #require(catalog.countriesInNameOrder(.zh)).map(\.alpha2)
        let en = try #require(catalog.countriesInNameOrder(.en)).map(\.alpha2)
        #expect(zh.count == catalog.byAlpha2.count)
        #expect(en.count == catalog.byAlpha2.count)
        // 阿尔巴尼亚 (a'erbaniya), 阿尔及利亚 (a'erjiliya), 阿富汗 (afuhan); Afghanistan, Åland Islands, Albania.
        #expect(Array(zh.prefix(3)) == ["AL", "DZ", "AF"])
        #expect(Array(en.prefix(3)) == ["AF", "AX", "AL"])
    }

    @Test func orderIsReadByLanguageColumn() {
        let catalog = catalog(order: [["en", "zh"], ["FR", "FR"], ["JP", "JP"]])
        #expect(catalog.countriesInNameOrder(.zh)?.map(\.alpha2) == ["FR", "JP"])
        #expect(catalog.countriesInNameOrder(.en)?.map(\.alpha2) == ["FR", "JP"])
    }

    @Test func orderThatMissesRepeatsOrInventsACountryIsNotUsed() {
        #expect(catalog(order: [["zh"], ["JP"]]).countriesInNameOrder(.zh) == nil)
        #expect(catalog(order: [["zh"], ["JP"], ["JP"]]).countriesInNameOrder(.zh) == nil)
        #expect(catalog(order: [["zh"], ["JP"], ["XX"]]).countriesInNameOrder(.zh) == nil)
        #expect(catalog(order: []).countriesInNameOrder(.en) == nil)
    }
}
