import Testing
import YouchengCore

/// Peer figures: reading a form or spreadsheet, and the rank among each city's latest figure.
@Suite struct PeerCityTests {
    @Test func rankCountsTheCitiesAheadAndUsesEachCitysLatestYear() {
        let peers = [
            PeerCity(city: "杭州市", partnerships: 31, year: 2024), PeerCity(city: "杭州市", partnerships: 29, year: 2022),
            PeerCity(city: "南京市", partnerships: 22, year: 2023), PeerCity(city: "宁波市", partnerships: 18, year: 2021),
            PeerCity(city: "宁波市", partnerships: 25, year: 2024), PeerCity(city: "无锡市", partnerships: 25, year: 2024),
        ]

        // Latest: 杭州 31, 宁波 25, 无锡 25, 南京 22. With 24 we follow three; with 25 we tie with two.
        let ranking = PeerRanking(ours: 24, peers: peers)
        #expect(ranking.rank == 4 && ranking.of == 5)
        #expect(ranking.latest.map(\.city) == ["杭州市", "宁波市", "无锡市", "南京市"])
        #expect(PeerRanking(ours: 25, peers: peers).rank == 2)
        #expect(PeerRanking(ours: 40, peers: peers).rank == 1)
        #expect(PeerRanking(ours: 5, peers: []).rank == 1 && PeerRanking(ours: 5, peers: []).of == 1)
    }

    @Test func aSpreadsheetIsReadAllOrNothingWithEveryErrorByRow() {
        let good = [
            ["城市", "省份", "友城数", "国家数", "年份", "来源"], ["杭州市", "浙江省", "31", "27", "2024", "官网"], ["", "", "", "", "", ""],
            ["南京市", "江苏省", "22", "", "2023", ""],
        ]
        let bad = [["city", "partnerships", "year"], ["杭州市", "many", "2024"], ["", "3", "1900"]]

        let read = PeerCity.read(table: good)
        let refused = PeerCity.read(table: bad)
        let missing = PeerCity.read(table: [["城市", "年份"], ["杭州市", "2024"]])

        #expect(read.errors.isEmpty && read.peers.count == 2)
        #expect(
            read.peers.first
                == PeerCity(city: "杭州市", province: "浙江省", partnerships: 31, countries: 27, year: 2024, source: "官网"))
        #expect(read.peers.last?.countries == nil)
        #expect(refused.peers.isEmpty)
        #expect(refused.errors.map(\.row) == [2, 3, 3])
        #expect(refused.errors.map(\.field) == ["partnerships", "city", "year"])
        #expect(missing.errors.first?.message.zh.contains("友城数") == true)
    }
}
