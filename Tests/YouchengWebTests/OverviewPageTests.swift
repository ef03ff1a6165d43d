import Foundation
import Testing
import YouchengCore

@Suite struct OverviewPageTests {
    @Test func overviewShowsTheSituationParagraphAndItsFigures() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/")

            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            // Seven partnerships not ended, in four countries: Japan leads Asia with all three.
            #expect(response.text.contains("id=\"situation-paragraph\""))
            #expect(response.text.contains("截至2026年11月，共缔结国际友城7个，分布在4个国家"))
            #expect(response.text.contains("<tr data-country=\"JP\"><td class=\"num\">1</td>"))
            #expect(response.text.contains("href=\"/partnerships?kind=friendshipCity\""))
            #expect(response.text.contains("href=\"/partnerships?continent=europe\""))
        }
    }

    @Test func overviewLimitedToAHomeLinksIntoTheListOfThatHome() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/?home=%E8%8B%8F%E5%B7%9E&lang=en")  // 苏州

            #expect(response.status == .ok)
            #expect(response.text.contains("As of November 2026, Suzhou has 1 international partnership in 1 country"))
            #expect(response.text.contains("href=\"/partnerships?home=320500&amp;country=IT\""))
        }
    }

    @Test func emptyRegistrySaysToImportOrAdd() async throws {
        try await WebTestSite.run(rows: []) { site in
            let response = try await site.get("/")

            #expect(response.status == .ok)
            #expect(response.text.contains("id=\"empty-state\""))
            #expect(response.text.contains("href=\"/import\""))
            #expect(response.text.contains("href=\"/partnerships/new\""))
        }
    }

    @Test func unknownHomeIsABadRequestWithAMessage() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/?home=%E9%BC%93%E6%A5%BC%E5%8C%BA")  // 鼓楼区: four cities

            #expect(response.status == .badRequest)
            #expect(response.text.contains("有多个匹配"))
        }
    }

    @Test func demoFlagShowsTheBanner() async throws {
        try await WebTestSite.run(demo: true) { site in
            let response = try await site.get("/partnerships")

            #expect(response.text.contains("id=\"demo-banner\""))
        }
    }
}
