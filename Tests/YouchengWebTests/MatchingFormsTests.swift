import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// The administrators' matching forms: a home's population and target shares, and a city's themes. Refused input
/// keeps the form (422), a stale version changes nothing (409), success redirects.
@Suite struct MatchingFormsTests {
    @Test func anAdminSavesSettingsThatTheThinTableThenUses() async throws {
        try await WebTestSite.run { site in
            let form = try await site.get("/pipeline/suggestions/settings?home=320100")
            let saved = try await site.post(
                "/pipeline/suggestions/settings",
                form: [
                    ("home", "320100"), ("version", "0"), ("population", "9,300,000"),
                    ("share_continent_europe", "50"), ("share_group_EU", "40"),
                ])

            #expect(form.status == .ok && form.text.contains("name=\"share_group_BRI-MOU\""))
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/pipeline/thin?home=320100&saved=1")
            let stored = try await site.services.matching.settings(
                home: "320100", groups: ReferenceData.bundled.countries.groups)
            #expect(stored.population == 9_300_000 && stored.version == 1)
            // Europe 50%: Leipzig and Florence, 2 of 6 → ⌈(300 − 200) ÷ 50⌉ = 2.
            let html = try await site.get("/pipeline/thin?home=320100").text
            #expect(html.contains("<tr data-region=\"europe\" class=\"thin\">"))
            #expect(html.contains("<td class=\"num gap\">2</td>"))
            #expect(!html.contains("data-region=\"asia\""))
        }
    }

    @Test func refusedSharesKeepTheFormAndAStaleVersionChangesNothing() async throws {
        try await WebTestSite.run { site in
            let refused = try await site.post(
                "/pipeline/suggestions/settings",
                form: [("home", "320100"), ("version", "0"), ("population", "很多"), ("share_continent_asia", "150")])
            _ = try await site.post(
                "/pipeline/suggestions/settings",
                form: [("home", "320100"), ("version", "0"), ("share_continent_asia", "40")])
            let stale = try await site.post(
                "/pipeline/suggestions/settings",
                form: [("home", "320100"), ("version", "0"), ("share_continent_asia", "20")])

            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("value=\"很多\"") && refused.text.contains("id=\"error-share_continent_asia\""))
            #expect(stale.status == .conflict && stale.text.contains("id=\"form-error\""))
            let stored = try await site.services.matching.settings(
                home: "320100", groups: ReferenceData.bundled.countries.groups)
            #expect(stored.shares == [TargetShare(.continent, "asia", percent: 40)])
        }
    }

    @Test func cityThemesRecordedByAnAdminScoreInSuggestions() async throws {
        try await WebTestSite.run { site in
            let saved = try await site.post(
                "/pipeline/suggestions/cities/3164603/themes", form: [("version", "0"), ("themes", "玻璃艺术\n旅游")])
            let page = try await site.get(
                "/pipeline/suggestions?home=320100&country=IT&themes=%E7%8E%BB%E7%92%83%E8%89%BA%E6%9C%AF")

            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/pipeline/suggestions/cities/3164603/themes?saved=1")
            #expect(page.text.contains("匹配主题：玻璃艺术"))
            #expect(try await site.get("/pipeline/suggestions/cities/1/themes").status == .notFound)
            let audit = try await site.services.audit.entries(AuditQuery(entityType: .cityThemes))
            #expect(audit.items.map(\.entityId) == ["3164603"])
        }
    }
}
