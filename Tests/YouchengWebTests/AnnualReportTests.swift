import Foundation
import Testing
import YouchengCore
import YouchengSheets

@testable import YouchengWeb

/// The annual report of 2025 over the sample registry plus Tampere (established 2025-06-01), Turku (2016-03-01) and
/// one exchange, Nagoya's city-led visit of 12 on 2025-01-10; every figure worked out by hand in the comments.
@Suite struct AnnualReportTests {
    func seeded(_ site: WebTestSite) async throws {
        for (name, zh, established) in [("Tampere", "坦佩雷", "2025-06-01"), ("Turku", "图尔库", "2016-03-01")] {
            _ = try await site.store.save(
                PartnershipDraft(
                    homeCode: "320100", partnerName: name, partnerNameZh: zh, country: "FI", kind: .friendshipCity,
                    established: PartialDate(parsing: established), status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system)
        }
        let nagoya = try #require(try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Nagoya" })
        _ = try await site.exchanges.save(
            ExchangeDraft(
                title: "Nagoya visit", start: Day(parsing: "2025-01-10")!, end: Day(parsing: "2025-01-12")!,
                kind: .incomingDelegation, partnerIds: [nagoya.partner.id], countries: ["JP"], rank: .city, people: 12),
            id: nil, expectedVersion: nil, actor: .system)
    }

    @Test func everySectionHasTheFiguresWorkedOutByHand() async throws {
        try await WebTestSite.run { site in
            try await seeded(site)
            let report = try await site.reports().annual(year: 2025)

            // Not ended at the end of 2025: the sample's 7 (Bloemfontein has ended) + Tampere + Turku.
            #expect(report.summary.partnerships == 9)
            #expect(report.newPartnerships.map(\.partner.name) == ["Tampere"])
            #expect(report.activity.incoming == .init(delegations: 1, people: 12))
            // Dormant at 2025-12-31 (cut-off 2022-12-31), all never in touch, oldest first: St. Louis 1979, Venice
            // 1980, Leipzig 1988, Fukuoka 2010, Osaka 2015-05, Turku 2016. Nagoya (2025 visit) is awake, Florence
            // suspended, Bloemfontein ended, Tampere too new.
            #expect(
                report.dormant.map(\.record.partner.name) == [
                    "St. Louis", "Venice", "Leipzig", "Fukuoka", "Osaka", "Turku",
                ])
            // 2026: Turku's 10th.
            #expect(report.anniversaries.map { "\($0.record.partner.name):\($0.years)" } == ["Turku:10"])
            // 南京市 is the busiest city: 11 districts, only 鼓楼区 with a partner.
            #expect(report.coverage.city?.code == "320100" && report.coverage.without.count == 10)
            // Standing at the end of 2025 by year: 1978 Nagoya … 2025 Tampere; 9 in all, none undated.
            #expect(report.establishedByYear.years.first == 1978 && report.establishedByYear.years.count == 48)
            #expect(report.establishedByYear.counts.reduce(0, +) == 9 && report.establishedByYear.undated == 0)
            // Balance: the five continents, then the two Belt and Road lists (not BRICS, whose code also starts BRI).
            let balance = try #require(
                report.sections(.en, reference: .bundled, friendshipLabel: "友好交流城市").first { $0.key == "balance" })
            #expect(balance.rows.count == 7 && balance.rows.allSatisfy { !$0[0].contains("BRICS") })
        }
    }

    @Test func thePageShowsEachSectionAndRefusesABadYear() async throws {
        try await WebTestSite.run { site in
            try await seeded(site)

            let page = try await site.get("/reports/annual?year=2025")
            let bad = try await site.get("/reports/annual?year=1800")

            #expect(page.status == .ok)
            for key in [
                "situation", "growth", "new", "activity", "plans", "dormant", "balance", "coverage", "anniversaries",
            ] {
                #expect(page.text.contains("id=\"report-\(key)\""))
            }
            // The charts: partnerships by year established and the year's exchanges by kind.
            #expect(
                page.text.contains("id=\"report-growth-chart-title\"")
                    && page.text.contains("id=\"report-activity-chart-title\""))
            #expect(page.text.contains("2025年，共接待外国友城来访团组1批12人次，其中副市长以上1批12人次；出访0批，其中赴友城0批。"))
            #expect(page.text.contains("南京市：11 个区县中有 10 个尚无友城"))
            #expect(bad.status == .badRequest)
        }
    }

    @Test func theWorkbookHasASheetPerSectionWithNumbers() async throws {
        try await WebTestSite.run { site in
            try await seeded(site)
            let report = try await site.reports().annual(year: 2025)

            let data = try AnnualReportWorkbook.data(
                report, language: .zh, reference: .bundled, friendshipLabel: "友好交流城市")
            let first = try XLSXReader.read(data)

            // Nine sections, the plans' included (with no plan, it says so).
            #expect(data.range(of: Data("xl/worksheets/sheet9.xml".utf8)) != nil)
            #expect(data.range(of: Data("xl/worksheets/sheet10.xml".utf8)) == nil)
            #expect(first.first == ["指标", "数量"])
            #expect(first.dropFirst().first == ["友城关系", "9"])
        }
    }
}
