import Testing
import YouchengCore

@Suite struct CountryCatalogTests {
    let catalog = ReferenceData.bundled.countries

    @Test(arguments: [
        ("JP", "JP"), ("jpn", "JP"), ("日本", "JP"), ("Japan", "JP"), ("USA", "US"), ("United States of America", "US"),
        ("UK", "GB"), ("Great Britain", "GB"), ("South Korea", "KR"), ("Republic of Korea", "KR"), ("Russia", "RU"),
        ("Czech Republic", "CZ"), ("Turkey", "TR"), ("Vietnam", "VN"), ("Iran", "IR"), ("Laos", "LA"), ("Syria", "SY"),
        ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Macedonia", "MK"), ("Moldova", "MD"), ("Bolivia", "BO"),
        ("Venezuela", "VE"), ("Tanzania", "TZ"), ("美国", "US"), ("英国", "GB"), ("韩国", "KR"), ("俄罗斯", "RU"),
        ("捷克", "CZ"), ("  germany ", "DE"), ("中国香港", "HK"),
    ])
    func countriesAreFoundByCodeNameAndCommonVariant(text: String, alpha2: String) {
        #expect(catalog.lookup(text)?.alpha2 == alpha2)
    }

    @Test func unknownCountryIsNil() {
        #expect(catalog.lookup("Atlantis") == nil)
        #expect(catalog.lookup("") == nil)
    }

    @Test func everyChineseNameTheExportWritesReadsBackAsTheSameCountry() {
        for country in catalog.byAlpha2.values {
            #expect(catalog.lookup(country.nameZh)?.alpha2 == country.alpha2, "\(country.nameZh)")
        }
    }

    @Test func groupsCountCurrentMembersOnly() throws {
        let ceec = try #require(catalog.group("CN-CEEC"))
        let bri = try #require(catalog.group("BRI-MOU"))
        #expect(!ceec.members.contains("LT"))  // left in 2021
        #expect(ceec.members.contains("HU"))
        #expect(!bri.members.contains("IT"))  // withdrew in 2023
        #expect(catalog.group("ASEAN")?.members.count == 11)
    }

    @Test func continentsComeFromTheM49Region() {
        #expect(catalog.country("EG")?.continent == .africa)
        #expect(catalog.country("MX")?.continent == .americas)
        #expect(catalog.country("FJ")?.continent == .oceania)
        #expect(catalog.country("AQ")?.continent == nil)
    }
}
