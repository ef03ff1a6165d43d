import Foundation
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengSheets

@testable import YouchengWeb

/// `/prospects.csv`, `.xlsx` and `.json`: the rows the list's filters select on every page, in its order, with
/// the columns' Chinese names, linked from the list page with its filters; each export audited.
@Suite struct ProspectExportTests {
    let today = Day(year: 2026, month: 11, day: 23)!

    /// Toulouse and Lyon (FR) in 苏州市, Leuven (BE) in 苏州市 and Porto (PT) in 南京市, all identified; Lyon's notes
    /// start with `=` (a formula to guard).
    func seed(_ site: WebTestSite) async throws {
        let unit = try await site.unitId(of: WebTestSite.adminName)
        for (name, country, home, notes) in [
            ("Toulouse", "FR", "320500", ""), ("Lyon", "FR", "320500", "=1+1"), ("Leuven", "BE", "320500", ""),
            ("Porto", "PT", "320100", ""),
        ] {
            _ = try await site.services.prospects.create(
                ProspectDraft(
                    name: name, nameZh: "", country: country, homeCode: home, unitId: unit, themes: ["航空航天", "教育"],
                    notes: notes),
                date: Day(year: 2026, month: 6, day: 1)!, today: today, by: .system)
        }
    }

    @Test(arguments: ["csv", "xlsx"])
    func theSpreadsheetsHoldTheFilteredRowsOnEveryPage(format: String) async throws {
        try await WebTestSite.run { site in
            try await seed(site)

            let response = try await site.get("/prospects.\(format)?home=320500&country=FR&sort=name&page=2&per=1")

            #expect(response.status == .ok)
            let rows = try RegistryFiles.read(data: Data(buffer: response.body), filename: "p.\(format)").table
            // 苏州市 and FR: Lyon and Toulouse, by name; page and per do not cut the export.
            #expect(rows.first?.prefix(4) == ["外文名", "中文名", "国家代码", "国家"])
            #expect(rows.dropFirst().map { $0[0] } == ["Lyon", "Toulouse"])
            #expect(rows[1][3] == "法国" && rows[1][5] == "苏州市" && rows[1][7] == "航空航天、教育")
            #expect(rows[1][8] == "物色" && rows[1][12] == "=1+1")
            if format == "csv" { #expect(response.text.contains(",'=1+1,")) }
        }
    }

    @Test func theJSONFileHoldsTheProspectsAsTheAPIListsThemAndIsAudited() async throws {
        try await WebTestSite.run { site in
            try await seed(site)

            let response = try await site.get("/prospects.json?country=BE&page=3")

            let items = try #require(try WebTestSite.object(response)["prospects"] as? [[String: Any]])
            #expect(items.compactMap { $0["name"] as? String } == ["Leuven"])
            #expect(items.first?["stage"] as? String == "identified" && items.first?["home"] as? String == "320500")
            let log = try await site.accounts.audit.entries(AuditQuery(entityType: .prospect, action: .exported))
            #expect(
                log.items.first?.changes == [
                    FieldChange(field: "format", before: nil, after: "json"),
                    FieldChange(field: "filter", before: nil, after: "country=BE"),
                    FieldChange(field: "rows", before: nil, after: "1"),
                ])
        }
    }

    @Test func theListLinksToTheExportsWithItsFilters() async throws {
        try await WebTestSite.run { site in
            try await seed(site)
            try await site.createUser("vic", role: .viewer)
            let viewer = site.as(try await site.signIn("vic"))

            let page = try await viewer.get("/prospects?country=FR&year=2026&page=1")
            let export = try await viewer.get("/prospects.csv?country=FR")
            let badYear = try await viewer.get("/prospects?year=20x6")

            #expect(page.text.contains("href=\"/prospects.csv?country=FR&amp;year=2026\""))
            #expect(page.text.contains("href=\"/prospects.xlsx?country=FR&amp;year=2026\""))
            #expect(page.text.contains("id=\"filter-year\"") && page.text.contains("value=\"2026\""))
            #expect(export.status == .ok && badYear.status == .badRequest)
        }
    }
}
