import Testing
import YouchengCore

@Suite struct SuggestionRankingTests {
    @Test func totalsAndOrderOnTheFixture() {
        // newCountry + thinRegion + population + openToChina + themes, with themes 航空航天 and education:
        // Lima      30 + 25 + 15 + 0 + 0 = 70 (9,000,000)
        // Arequipa  30 + 25 + 15 + 0 + 0 = 70 (1,000,000)
        // Trujillo  30 + 25 + 15 + 0 + 0 = 70 (1,000,000; after Arequipa by name)
        // Boise     30 +  0 +  7 + 0 + 0 = 37
        // Osaka      0 +  1 + 15 + 5 + 10 = 31
        // Toulouse   0 +  0 +  7 + 10 + 10 = 27
        let page = MatchingFixture.suggestions(SuggestionQuery(themes: ["航空航天", "education"]))
        #expect(page.items.map(\.city.name) == ["Lima", "Arequipa", "Trujillo", "Boise", "Osaka", "Toulouse"])
        #expect(page.items.map(\.total) == [70, 70, 70, 37, 31, 27])
        #expect(page.total == 6)
    }

    @Test func countryAndGroupFiltersCombine() {
        let peru = MatchingFixture.suggestions(SuggestionQuery(country: "PE"))
        #expect(peru.items.map(\.city.name) == ["Lima", "Arequipa", "Trujillo"])
        // The EU and Japan share nothing.
        #expect(MatchingFixture.suggestions(SuggestionQuery(country: "JP", group: "EU")).total == 0)
        #expect(MatchingFixture.suggestions(SuggestionQuery(group: "EU")).items.map(\.city.name) == ["Toulouse"])
    }

    @Test func pagesCutTheOrderedList() {
        let second = MatchingFixture.suggestions(SuggestionQuery(page: 2, per: 4))
        #expect(second.items.map(\.city.name) == ["Osaka", "Toulouse"])
        #expect(second.pageCount == 2)
    }

    @Test func otherSortsStillBreakTiesByPopulationThenName() {
        let byName = MatchingFixture.suggestions(SuggestionQuery(sort: .name, descending: false))
        #expect(byName.items.map(\.city.name) == ["Arequipa", "Boise", "Lima", "Osaka", "Toulouse", "Trujillo"])
        let byPopulation = MatchingFixture.suggestions(SuggestionQuery(sort: .population, descending: false))
        #expect(byPopulation.items.map(\.city.name) == ["Boise", "Toulouse", "Arequipa", "Trujillo", "Osaka", "Lima"])
    }

    @Test func queryParametersAreReadAndBadOnesNamed() throws {
        let catalog = ReferenceData.bundled.countries
        let query = try SuggestionQuery(
            parameters: [("themes", "航空航天，教育、航空航天"), ("country", "秘鲁"), ("group", "bri-mou"), ("sort", "-population")],
            catalog: catalog)
        #expect(query.themes == ["航空航天", "教育"])
        #expect(query.country == "PE")
        #expect(query.group == "BRI-MOU")
        #expect(query.sort == .population && query.descending)
        #expect(throws: FieldError.self) { try SuggestionQuery(parameters: [("country", "中国")], catalog: catalog) }
        #expect(throws: FieldError.self) { try SuggestionQuery(parameters: [("group", "NATO")], catalog: catalog) }
    }

    @Test func theThinRegionsTableListsGapsAndDistrictsWithoutAPartner() {
        let table = MatchingFixture.context().thinRegions(localities: MatchingFixture.reference.localities)
        // Own 3. Asia 1/3 = 33.3% < 35% → gap ⌈5 ÷ 65⌉ = 1; Europe 1/3 ≥ 30% → 0; BRI-MOU 0/3 → ⌈120 ÷ 60⌉ = 2.
        #expect(table.total == 3)
        #expect(table.regions.map(\.gap) == [1, 0, 2])
        #expect(table.thin.map(\.code) == ["asia", "BRI-MOU"])
        // Nanjing has 11 districts; 玄武区 and 鼓楼区 have partners.
        #expect(table.districtsWithout.count == 9)
        #expect(!table.districtsWithout.contains { $0.code == "320102" || $0.code == "320106" })
    }
}
