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

    @Test func badFilterValueShowsTheFilledFormWithTheMessageBesideTheField() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships?from=abc&country=JP&q=Osaka")

            #expect(response.status == .badRequest)
            #expect(response.text.contains("id=\"filter-form\""))
            #expect(response.text.contains("id=\"filter-errors\""))
            #expect(response.text.contains("<p class=\"field-error\" id=\"error-from\">参数 from「abc」不是有效日期或年份</p>"))
            #expect(response.text.contains("id=\"filter-from\" name=\"from\" type=\"text\" value=\"abc\""))
            #expect(response.text.contains("aria-describedby=\"error-from\""))
            // The other filters are kept as given, and no rows are shown for a query that could not be read.
            #expect(response.text.contains("<option value=\"JP\" selected>"))
            #expect(response.text.contains("value=\"Osaka\""))
            #expect(response.text.contains("data-total=\"0\""))
            #expect(WebTestSite.rowIds(response.text).isEmpty)
            #expect(!response.text.contains("id=\"export-csv\""))
            #expect(!response.text.contains("id=\"error-page\""))
        }
    }

    @Test func everyBadFilterIsMarkedBesideItsOwnField() async throws {
        try await WebTestSite.run { site in
            // 鼓楼区: four cities have one.
            let response = try await site.get(
                "/partnerships?home=%E9%BC%93%E6%A5%BC%E5%8C%BA&country=Atlantis&to=2019-13")

            #expect(response.status == .badRequest)
            #expect(response.text.contains("id=\"error-home\""))
            #expect(response.text.contains("有多个匹配"))
            #expect(response.text.contains("value=\"鼓楼区\""))
            #expect(response.text.contains("id=\"error-country\""))
            #expect(response.text.contains("Atlantis"))
            #expect(response.text.contains("id=\"error-to\""))
            #expect(response.text.contains("value=\"2019-13\""))
        }
    }

    @Test func badPageOrSortIsStillAnErrorPage() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships?from=abc&page=abc")

            #expect(response.status == .badRequest)
            #expect(response.text.contains("id=\"error-page\""))
        }
    }

    @Test func severalStatusesAreShownSelected() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships?status=active&status=suspended")

            #expect(response.text.contains("data-total=\"7\""))
            #expect(response.text.contains("name=\"status\" multiple>"))
            #expect(response.text.contains("<option value=\"active\" selected>"))
            #expect(response.text.contains("<option value=\"suspended\" selected>"))
            #expect(!response.text.contains("<option value=\"ended\" selected>"))
        }
    }

    @Test func editLinksNameWhatTheyEditForScreenReaders() async throws {
        try await WebTestSite.run { site in
            let record = try #require(
                try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Nagoya" })

            let list = try await site.get("/partnerships")
            let english = try await site.get("/partnerships?lang=en")
            let partner = try await site.get("/partners/\(record.partner.id)")

            let zh = "编辑<span class=\"visually-hidden\"> 名古屋市（南京市）</span></a>"
            #expect(list.text.contains(zh))
            #expect(partner.text.contains(zh))
            #expect(english.text.contains("Edit<span class=\"visually-hidden\"> Nagoya (Nanjing)</span></a>"))
        }
    }
}
