import Testing
import YouchengCore

@Suite struct PopulationBandTests {
    @Test func aBandIsTheNumberOfDigitsLessOne() {
        #expect(PopulationBand.band(15_000) == 4)
        #expect(PopulationBand.band(99_999) == 4)
        #expect(PopulationBand.band(100_000) == 5)
        #expect(PopulationBand.band(9_000_000) == 6)
        #expect(PopulationBand.band(10_000_000) == 7)
        #expect(PopulationBand.band(0) == nil)
    }

    @Test func sameBandScores15NextBand7FartherNothing() {
        // Home 9,000,000 is band 6: 1,000,000 is band 6, 500,000 band 5, 15,000 band 4.
        #expect(PopulationBand.score(home: 9_000_000, city: 1_000_000).points == 15)
        #expect(PopulationBand.score(home: 9_000_000, city: 500_000).points == 7)
        #expect(PopulationBand.score(home: 9_000_000, city: 15_000).points == 0)
        #expect(PopulationBand.score(home: 120_000, city: 15_000_000).points == 0)
    }

    @Test func withoutAHomePopulationTheFactorScoresNothingAndSaysWhy() {
        let score = PopulationBand.score(home: nil, city: 1_000_000)
        #expect(score.points == 0)
        #expect(score.reason.en.contains("population is not set"))
        #expect(score.reason.zh.contains("未设置本地人口"))
    }
}
