import Foundation
import Testing
import YouchengCore

@Suite struct PartnershipListPageTests {
    @Test func countryAndKindFiltersCombine() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships?country=JP&kind=friendshipCity")

            #expect(response.status == .ok)
            #expect(WebTestSite.rowIds(response.text).count == 2)
            #expect(response.text.contains("data-total=\"2\""))
            #expect(response.text.contains("Fukuoka") && response.text.contains("Osaka"))
            #expect(!response.text.contains("Nagoya"))
            // The filter form shows what is selected.
            #expect(response.text.contains("<option value=\"JP\" selected>"))
            #expect(response.text.contains("<option value=\"friendshipCity\" selected>"))
        }
    }

    @Test func sortingByAColumnAndTogglingItsDirection() async throws {
        try await WebTestSite.run { site in
            let ascending = try await site.get("/partnerships?sort=established")
            let descending = try await site.get("/partnerships?sort=-established")

            let first = try #require(WebTestSite.rowIds(ascending.text).first)
            #expect(WebTestSite.rowIds(descending.text) == WebTestSite.rowIds(ascending.text).reversed())
            #expect(ascending.text.contains("aria-sort=\"ascending\" data-column=\"established\""))
            // The header of the sorted column links to the other direction.
            #expect(ascending.text.contains("href=\"/partnerships?sort=-established\""))
            #expect(descending.text.contains("href=\"/partnerships?sort=established\""))
            let oldest = try await site.store.partnership(id: first)
            #expect(oldest?.partner.name == "Nagoya")
        }
    }

    @Test func paginationKeepsFiltersAndCountsTheTotal() async throws {
        try await WebTestSite.run { site in
            let page1 = try await site.get("/partnerships?per=3&sort=partner")
            let page3 = try await site.get("/partnerships?per=3&sort=partner&page=3")

            #expect(WebTestSite.rowIds(page1.text).count == 3)
            #expect(WebTestSite.rowIds(page3.text).count == 2)
            #expect(page1.text.contains("共 8 个友城，显示第 1–3 个"))
            #expect(page3.text.contains("共 8 个友城，显示第 7–8 个"))
            #expect(page1.text.contains("rel=\"next\" href=\"/partnerships?sort=partner&amp;page=2&amp;per=3\""))
            #expect(Set(WebTestSite.rowIds(page1.text)).isDisjoint(with: WebTestSite.rowIds(page3.text)))
        }
    }

    @Test func searchFindsChineseSubstringsAndEnglishNames() async throws {
        try await WebTestSite.run { site in
            let chinese = try await site.get("/partnerships?q=%E8%B7%AF%E6%98%93")  // 路易
            let english = try await site.get("/partnerships?q=venice")

            #expect(WebTestSite.rowIds(chinese.text).count == 1 && chinese.text.contains("St. Louis"))
            #expect(WebTestSite.rowIds(english.text).count == 1 && english.text.contains("威尼斯"))
        }
    }

    @Test func exportLinksCarryTheSameQuery() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships?country=IT&sort=-established&page=1")

            #expect(
                response.text.contains("id=\"export-csv\" href=\"/partnerships.csv?country=IT&amp;sort=-established\""))
            #expect(
                response.text.contains(
                    "id=\"export-xlsx\" href=\"/partnerships.xlsx?country=IT&amp;sort=-established\""))
        }
    }

    @Test func emptyRegistryAndNoMatchSayWhatToDo() async throws {
        try await WebTestSite.run(rows: []) { site in
            let empty = try await site.get("/partnerships")
            let filtered = try await site.get("/partnerships?country=FR")

            #expect(empty.text.contains("id=\"empty-state\"") && empty.text.contains("id=\"empty-import\""))
            #expect(filtered.text.contains("id=\"no-match\"") && filtered.text.contains("id=\"empty-reset\""))
        }
    }

    @Test func partnerPageListsItsPartnerships() async throws {
        try await WebTestSite.run { site in
            let record = try #require(
                try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Venice" })

            let response = try await site.get("/partners/\(record.partner.id)")

            #expect(response.status == .ok)
            #expect(response.text.contains("<h1>威尼斯</h1>"))
            #expect(WebTestSite.rowIds(response.text) == [record.partnership.id])
            #expect(response.text.contains("href=\"/partnerships/\(record.partnership.id)/edit\""))
        }
    }
}
