import Foundation
import Testing
import YouchengCore

@Suite struct SituationSummaryTests {
    let catalog = ReferenceData.bundled.countries
    // Worked by hand: 7 partnerships, 6 partners (partner 1 twinned twice), 5 countries.
    let entries: [SituationSummary.Entry] = [
        .init(partnerId: 1, country: "JP", kind: .sisterCity, level: .city),
        .init(partnerId: 2, country: "JP", kind: .friendshipCity, level: .city),
        .init(partnerId: 3, country: "KR", kind: .friendshipCity, level: .district),
        .init(partnerId: 1, country: "JP", kind: .friendshipCity, level: .district),
        .init(partnerId: 4, country: "DE", kind: .sisterCity, level: .city),
        .init(partnerId: 5, country: "US", kind: .friendshipCity, level: .province),
        .init(partnerId: 6, country: "EG", kind: .friendshipCity, level: .city),
    ]

    var summary: SituationSummary {
        SituationSummary(entries: entries, catalog: catalog, asOf: "2026-11-23", home: nil)
    }

    @Test func countsMatchTheFiguresWorkedByHand() {
        let s = summary
        #expect(s.partnerships == 7 && s.partners == 6 && s.countries == 5)
        #expect(s.byKind == [.sisterCity: 2, .friendshipCity: 5])
        #expect(s.byLevel == [.province: 1, .city: 4, .district: 2])
        #expect(s.byContinent[.asia] == .init(partnerships: 4, countries: 2))
        #expect(s.byContinent[.oceania] == .init(partnerships: 0, countries: 0))
        #expect(s.groups.first(where: { $0.code == "RCEP" })?.spread == .init(partnerships: 4, countries: 2))
        #expect(s.groups.first(where: { $0.code == "BRI-MOU" })?.spread == .init(partnerships: 2, countries: 2))
        #expect(s.topCountries.map(\.country) == ["JP", "DE", "EG", "KR", "US"])
        #expect(s.topCountries.first?.partnerships == 3)
    }

    @Test func jsonHasExactlyTheDocumentedKeys() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: summary.jsonData()) as? [String: Any])
        #expect(
            Set(object.keys)
                == [
                    "asOf", "home", "partnerships", "partners", "countries", "byKind", "byLevel", "byContinent",
                    "groups", "topCountries",
                ])
        #expect(object["home"] is NSNull)
        let continents = try #require(object["byContinent"] as? [String: [String: Int]])
        #expect(Set(continents.keys) == ["asia", "europe", "africa", "americas", "oceania"])
        #expect(continents["asia"] == ["partnerships": 4, "countries": 2])
        let groups = try #require(object["groups"] as? [String: [String: Int]])
        #expect(groups["EU"] == ["partnerships": 1, "countries": 1])
        let top = try #require(object["topCountries"] as? [[String: Any]])
        #expect(top.first?["country"] as? String == "JP")
    }

    @Test func chineseParagraphOpensLikeAReport() {
        let home = ReferenceData.bundled.localities.locality("320100")
        let text = SituationSummary(entries: entries, catalog: catalog, asOf: "2026-11-23", home: home)
            .paragraph(.zh, catalog: catalog)
        #expect(text.hasPrefix("截至2026年11月，南京市共缔结国际友城7个，分布在5个国家，其中友好城市2个、友好交流城市5个"))
        #expect(text.contains("亚洲4个（2国）"))
        #expect(text.contains("其中日本最多，占亚洲友城4个中的3个"))
        #expect(!text.contains("大洋洲"))
    }

    @Test func englishParagraphSaysTheSame() {
        let text = summary.paragraph(.en, catalog: catalog)
        #expect(text.hasPrefix("As of November 2026, the registry holds 7 international partnerships in 5 countries"))
        #expect(text.contains("Japan has the most: 3 of the 4 in Asia."))
    }

    @Test func emptyRegistrySaysSoInsteadOfZeros() {
        let text = SituationSummary(entries: [], catalog: catalog, asOf: "2026-11-23", home: nil).paragraph(
            .zh, catalog: catalog)
        #expect(text == "截至2026年11月，尚未登记国际友城。")
    }
}

@Suite struct SituationSummaryJSONOrderTests {
    @Test func keysComeInTheDocumentedOrderAndStringsAreEscaped() throws {
        let summary = SituationSummary(
            entries: [], catalog: ReferenceData.bundled.countries, asOf: "2026-11-23", home: nil)
        let text = summary.json.serialized(pretty: false)
        #expect(
            text.hasPrefix(
                #"{"asOf":"2026-11-23","home":null,"partnerships":0,"partners":0,"countries":0,"byKind":{"sisterCity":0,"friendshipCity":0},"byLevel":{"province":0,"city":0,"district":0},"byContinent":{"asia":{"partnerships":0,"countries":0},"#
            ))
        #expect(JSONValue.string("a\"b\\c\n\u{1}中").serialized() == #""a\"b\\c\n\u0001中""#)
    }
}
