import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/pipeline/suggestions`, `/pipeline/thin` and the administrators' settings and city-themes forms, on the sample
/// registry: Nanjing has Nagoya, Fukuoka (JP), Osaka (JP, 鼓楼区), St. Louis (US), Leipzig (DE), Florence (IT,
/// suspended) and Bloemfontein (ZA, ended); Suzhou has Venice (IT).
@Suite struct MatchingPagesTests {
    @Test func suggestionsShowEachFactorsPointsAndLeaveOutTheHomesPartners() async throws {
        try await WebTestSite.run { site in
            let page = try await site.get("/pipeline/suggestions?home=320100&country=IT")

            #expect(page.status == .ok)
            let html = page.text
            // Venice (3164603): Italy has Florence (0), one other home, Suzhou (5).
            #expect(html.contains("data-geoname-id=\"3164603\""))
            #expect(!html.contains("data-geoname-id=\"3176959\""))
            #expect(html.contains("<span class=\"points\">5</span> <span class=\"reason\">已与国内其他 1 个地方结好</span>"))
            #expect(html.contains("href=\"/prospects/new?home=320100&amp;name=Venice&amp;nameZh="))
            #expect(html.contains("href=\"/pipeline/suggestions/cities/3164603/themes\""))
        }
    }

    @Test func viewersReadSuggestionsWithoutTheWriteLinksAndCannotOpenTheForms() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("vic", role: .viewer)
            try await site.createUser("bob", role: .editor, home: "320100")
            let vic = site.as(try await site.signIn("vic"))
            let bob = site.as(try await site.signIn("bob"))

            let page = try await vic.get("/pipeline/suggestions?home=320100&country=IT")
            let bobs = try await bob.get("/pipeline/suggestions?country=IT")

            #expect(page.status == .ok && !page.text.contains("/prospects/new") && !page.text.contains("/themes\""))
            // The editor's unit's home is the default, and an editor may make prospects.
            #expect(bobs.text.contains("/prospects/new?home=320100") && !bobs.text.contains("/themes\""))
            #expect(try await vic.get("/pipeline/thin?home=320100").status == .ok)
            #expect(try await vic.get("/pipeline/suggestions/settings?home=320100").status == .forbidden)
            #expect(try await bob.get("/pipeline/suggestions/cities/3164603/themes").status == .forbidden)
        }
    }

    @Test func withoutAHomeThePageShowsTheHomeWithTheMostPartnerships() async throws {
        try await WebTestSite.run { site in
            // 南京市 has 5 partnerships of its own (not ended), 苏州市 and 鼓楼区 one each.
            let page = try await site.get("/pipeline/suggestions")

            #expect(page.status == .ok && page.text.contains("value=\"320100\""))
            #expect(try await site.get("/pipeline/suggestions?home=nowhere").status == .badRequest)
            #expect(try await site.get("/pipeline/suggestions?home=320100&group=NATO").status == .badRequest)
        }
    }

    @Test func anEmptyRegistryWithoutAHomeSaysToChooseOne() async throws {
        try await WebTestSite.run(rows: []) { site in
            let page = try await site.get("/pipeline/suggestions")

            #expect(page.status == .ok && page.text.contains("id=\"empty-state\"") && page.text.contains("请先选择本地主体"))
        }
    }

    @Test func theThinTableComparesSharesWithTheDefaultTargets() async throws {
        try await WebTestSite.run { site in
            let html = try await site.get("/pipeline/thin?home=320100").text

            // Own, not ended: 6. Africa 10%: 0 of 6 → gap ⌈60 ÷ 90⌉ = 1. Asia 35%: 3 of 6 = 50.0% → met.
            #expect(html.contains("id=\"settings-note\""))
            #expect(html.contains("<tr data-region=\"africa\" class=\"thin\">"))
            #expect(html.contains("<tr data-region=\"asia\">"))
            #expect(html.contains("<td class=\"num share\">50.0%</td>"))
            // 鼓楼区 has Osaka; 玄武区 has none.
            #expect(html.contains("data-code=\"320102\"") && !html.contains("data-code=\"320106\""))
        }
    }
}
