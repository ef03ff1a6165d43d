import Testing
import YouchengCore

/// Each factor on its own, on `MatchingFixture` (its comment lists the registry and settings).
@Suite struct MatchingFactorsTests {
    @Test func aCountryWithoutAPartnerOfTheHomeScores30() {
        // Peru has none; France has Lyon (鼓楼区, under Nanjing); the US only an ended one.
        #expect(MatchingFixture.suggestion("Arequipa")?.points(.newCountry) == 30)
        #expect(MatchingFixture.suggestion("Toulouse")?.points(.newCountry) == 0)
        #expect(MatchingFixture.suggestion("Boise")?.points(.newCountry) == 30)
    }

    @Test func aThinRegionScoresItsShortfallAndTheThinnestRegionCounts() {
        // Own: 3. Asia 35%: 1 of 3 → 25 × (105 − 100) ÷ 105 = 1. Europe 30%: 1 of 3 = 33% → 0.
        // BRI-MOU 40%: Peru is a signatory, 0 of 3 → 25 × 120 ÷ 120 = 25. The US is in no target region → 0.
        #expect(MatchingFixture.suggestion("Osaka")?.points(.thinRegion) == 1)
        #expect(MatchingFixture.suggestion("Toulouse")?.points(.thinRegion) == 0)
        #expect(MatchingFixture.suggestion("Arequipa")?.points(.thinRegion) == 25)
        #expect(MatchingFixture.suggestion("Boise")?.points(.thinRegion) == 0)
        #expect(MatchingFixture.suggestion("Arequipa")?.factors[1].reason.en.contains("target 40%") == true)
    }

    @Test func thePopulationBandComparesWithTheHomes() {
        // Home 9,000,000 (band 6): Osaka 2,700,000 band 6 → 15; Toulouse 500,000 band 5 → 7.
        #expect(MatchingFixture.suggestion("Osaka")?.points(.population) == 15)
        #expect(MatchingFixture.suggestion("Toulouse")?.points(.population) == 7)
        var settings = MatchingFixture.settings
        settings.population = nil
        let page = MatchingFixture.suggestions(context: MatchingFixture.context(settings: settings))
        #expect(page.items.allSatisfy { $0.points(.population) == 0 })
    }

    @Test func otherChineseHomesTwinnedWithTheCityScoreFiveEach() {
        // Toulouse: Suzhou and Wuxi → 10. Osaka: Hangzhou → 5. Boise: only Nanjing itself, and ended → 0.
        #expect(MatchingFixture.suggestion("Toulouse")?.points(.openToChina) == 10)
        #expect(MatchingFixture.suggestion("Osaka")?.points(.openToChina) == 5)
        #expect(MatchingFixture.suggestion("Boise")?.points(.openToChina) == 0)
    }

    @Test func askedThemesMatchTheCityThemesTableNotesAndExchangeDomains() {
        // Osaka has "education" in the table; Toulouse's partnership notes say 航空航天合作.
        let themes = ["航空航天", "Education"]
        #expect(MatchingFixture.suggestion("Osaka", themes: themes)?.points(.themes) == 10)
        #expect(MatchingFixture.suggestion("Toulouse", themes: themes)?.points(.themes) == 10)
        #expect(MatchingFixture.suggestion("Boise", themes: themes)?.points(.themes) == 0)
        #expect(MatchingFixture.suggestion("Osaka")?.points(.themes) == 0)
        // A domain of an exchange with Toulouse's partner (id 15) counts too: two themes → 20.
        let context = MatchingFixture.context(domains: [15: ["education", "教育", "Education"]])
        let toulouse = MatchingFixture.suggestions(SuggestionQuery(themes: themes), context: context).items.first {
            $0.city.name == "Toulouse"
        }
        #expect(toulouse?.points(.themes) == 20)
    }

    @Test func partnersOfTheHomeDomesticCitiesAndExcludedOnesAreNeverSuggested() {
        let names = Set(
            MatchingFixture.suggestions(context: MatchingFixture.context(excluded: [7])).items.map(\.city.name))
        // Nagoya, Perth, Lyon are partners; Beijing is domestic; Boise (7) excluded as a prospect.
        #expect(names == ["Toulouse", "Osaka", "Arequipa", "Trujillo", "Lima"])
    }
}
