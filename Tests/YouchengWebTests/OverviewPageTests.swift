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
            #expect(
                response.text.contains(
                    "href=\"/partnerships?kind=friendshipCity&amp;status=active&amp;status=suspended\""))
            #expect(
                response.text.contains("href=\"/partnerships?continent=europe&amp;status=active&amp;status=suspended\"")
            )
        }
    }

    @Test func overviewLimitedToAHomeLinksIntoTheListOfThatHome() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/?home=%E8%8B%8F%E5%B7%9E&lang=en")  // 苏州

            #expect(response.status == .ok)
            #expect(response.text.contains("As of November 2026, Suzhou has 1 international partnership in 1 country"))
            #expect(
                response.text.contains(
                    "href=\"/partnerships?country=IT&amp;home=320500&amp;status=active&amp;status=suspended\""))
        }
    }

    @Test func emptyRegistrySaysToImportOrAdd() async throws {
        try await WebTestSite.run(rows: []) { site in
            let response = try await site.get("/")

            #expect(response.status == .ok)
            #expect(response.text.contains("id=\"empty-state\""))
            #expect(response.text.contains("href=\"/import\""))
            #expect(response.text.contains("href=\"/partnerships/new\""))
            #expect(!response.text.contains("id=\"empty-scope\""))
        }
    }

    @Test(arguments: ["/?asOf=1900", "/?home=%E5%8C%97%E4%BA%AC", "/?home=%E5%8C%97%E4%BA%AC&asOf=2020"])  // 北京
    func emptyScopeSaysTheScopeHasNoneAndLinksBack(uri: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(uri)

            #expect(response.status == .ok)
            #expect(!response.text.contains("id=\"empty-state\""), "\(uri): not the empty-registry message")
            #expect(!response.text.contains("href=\"/import\" "))
            #expect(response.text.contains("id=\"empty-scope\""), "\(uri)")
            #expect(response.text.contains("所选范围内没有友城"))
            #expect(response.text.contains("<a id=\"empty-scope-reset\" href=\"/\">"))
        }
    }

    @Test func everyFigureLinksToAListWhoseTotalIsTheFigure() async throws {
        // The sample has one ended partnership (Bloemfontein) and one suspended; 1985 leaves out the later ones.
        for uri in ["/", "/?asOf=1985", "/?home=%E5%8D%97%E4%BA%AC&asOf=2012"] {  // 南京
            try await WebTestSite.run { site in
                let overview = try await site.get(uri).text
                let links = Self.countedLinks(overview)

                #expect(links.count >= 10, "\(uri): figures, kinds, levels, continents and countries")
                for (href, figure) in links {
                    let list = try await site.get(href)
                    #expect(list.status == .ok, "\(href)")
                    #expect(list.text.contains("data-total=\"\(figure)\""), "\(uri): \(href) should list \(figure)")
                }
                if uri.contains("asOf=1985") {
                    #expect(overview.contains("href=\"/partnerships?status=active&amp;status=suspended&amp;to=1985\""))
                }
            }
        }
    }

    @Test func headRequestIsAnswered() async throws {
        try await WebTestSite.run { site in
            let response = try await site.execute(uri: "/", method: .head)

            #expect(response.status == .ok)
            #expect(response.body.readableBytes == 0)
        }
    }

    @Test func demoBannerIsDecidedForEveryPage() async throws {
        let demo = DemoSwitch()
        try await WebTestSite.run(demo: { await demo.isOn }) { site in
            let before = try await site.get("/")
            await demo.set(true)
            let during = try await site.get("/partnerships")
            await demo.set(false)
            let after = try await site.get("/")

            #expect(!before.text.contains("id=\"demo-banner\""))
            #expect(during.text.contains("id=\"demo-banner\""))
            #expect(!after.text.contains("id=\"demo-banner\""))
        }
    }

    /// Each counted link of the overview with the count shown for it: the figures, and the rows of the kind, level,
    /// continent, group and country tables (their first number).
    static func countedLinks(_ html: String) -> [(href: String, count: Int)] {
        let figure = #/<dd><a href="(?<href>[^"]+)">(?<count>\d+)</a></dd>/#
        let row = #/<th scope="row"><a href="(?<href>[^"]+)">[^<]*</a></th><td class="num">(?<count>\d+)</td>/#
        return
            (html.matches(of: figure).map { ($0.href, $0.count) } + html.matches(of: row).map { ($0.href, $0.count) })
            .map { (String($0.0).replacingOccurrences(of: "&amp;", with: "&"), Int($0.1) ?? -1) }
    }

    @Test func unknownHomeIsABadRequestWithAMessage() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/?home=%E9%BC%93%E6%A5%BC%E5%8C%BA")  // 鼓楼区: four cities

            #expect(response.status == .badRequest)
            #expect(response.text.contains("有多个匹配"))
        }
    }

    @Test func demoFlagShowsTheBanner() async throws {
        try await WebTestSite.run(demo: { true }) { site in
            let response = try await site.get("/partnerships")

            #expect(response.text.contains("id=\"demo-banner\""))
        }
    }
}

/// A demo flag the test flips between pages.
actor DemoSwitch {
    private(set) var isOn = false

    func set(_ value: Bool) { isOn = value }
}
