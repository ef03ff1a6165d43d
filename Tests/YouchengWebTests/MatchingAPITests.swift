import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `GET /api/v1/suggestions` and `GET /api/v1/thin-regions`: the pages' figures as JSON; `home` is required.
@Suite struct MatchingAPITests {
    func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    @Test func suggestionsCarryEachFactorsPointsAndReason() async throws {
        try await WebTestSite.run { site in
            let json = try object(
                try await site.get("/api/v1/suggestions?home=%E5%8D%97%E4%BA%AC%E5%B8%82&country=IT&per=500"))

            let list = try #require(json["suggestions"] as? [[String: Any]])
            let venice = try #require(list.first { $0["geonameId"] as? Int == 3_164_603 })
            let factors = try #require(venice["factors"] as? [String: [String: Any]])
            #expect(Set(factors.keys) == ["newCountry", "thinRegion", "population", "openToChina", "themes"])
            #expect(factors["newCountry"]?["points"] as? Int == 0)
            #expect(factors["openToChina"]?["points"] as? Int == 5)
            let total = MatchFactor.allCases.compactMap { factors[$0.rawValue]?["points"] as? Int }.reduce(0, +)
            #expect(venice["score"] as? Int == total)
            // Every Italian city of the gazetteer but Florence, Nanjing's partner.
            let italian = CityGazetteer.bundled.byId.values.filter { $0.country == "IT" }.count
            #expect(json["total"] as? Int == italian - 1)
            #expect(!list.contains { $0["geonameId"] as? Int == 3_176_959 })
        }
    }

    @Test func aMissingHomeIsRefusedNamingTheParameter() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/api/v1/suggestions?themes=%E6%95%99%E8%82%B2")

            #expect(response.status == .badRequest)
            let error = try #require(try object(response)["error"] as? [String: Any])
            #expect(error["field"] as? String == "home")
        }
    }

    @Test func thinRegionsGiveTargetsSharesAndGaps() async throws {
        try await WebTestSite.run { site in
            let json = try object(try await site.get("/api/v1/thin-regions?home=320100"))

            #expect(json["partnerships"] as? Int == 6 && json["defaults"] as? Bool == true)
            let regions = try #require(json["regions"] as? [[String: Any]])
            let africa = try #require(regions.first { $0["code"] as? String == "africa" })
            // 0 of 6 against 10%: ⌈60 ÷ 90⌉ = 1.
            #expect(
                africa["gap"] as? Int == 1 && africa["thin"] as? Bool == true && africa["share"] as? String == "0.0")
            let districts = try #require(json["districtsWithoutPartner"] as? [[String: Any]])
            #expect(districts.contains { $0["code"] as? String == "320102" })
            #expect(!districts.contains { $0["code"] as? String == "320106" })
        }
    }
}
