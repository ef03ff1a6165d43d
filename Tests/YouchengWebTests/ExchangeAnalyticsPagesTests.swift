import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/dormant`, `/activity` and the partner page's exchanges over the sample registry, as of 2026-11-23, with three
/// exchanges: Nagoya 2025-01-10 (city-led, 12 people, trade), Leipzig on the cut-off day 2023-11-23, Venice 2020.
@Suite struct ExchangeAnalyticsPagesTests {
    func day(_ text: String) -> Day { Day(parsing: text)! }

    func seeded(_ site: WebTestSite) async throws -> [String: PartnershipRecord] {
        let records = Dictionary(
            try await site.store.all(PartnershipQuery()).map { ($0.partner.name, $0) }, uniquingKeysWith: { a, _ in a })
        for (name, start, rank, people) in [
            ("Nagoya", "2025-01-10", LeaderRank.city, 12), ("Leipzig", "2023-11-23", .bureau, 4),
            ("Venice", "2020-05-01", .other, 3),
        ] {
            _ = try await site.exchanges.save(
                ExchangeDraft(
                    title: "Visit from \(name)", start: day(start), end: day(start), kind: .incomingDelegation,
                    partnerIds: [records[name]!.partner.id], countries: [records[name]!.partner.country], rank: rank,
                    people: people, domains: ["trade"]),
                id: nil, expectedVersion: nil, actor: .system)
        }
        return records
    }

    func rowIds(_ html: String) -> [Int64] { WebTestSite.rowIds(html) }

    @Test func dormantListsQuietActivePartnershipsNeverFirst() async throws {
        try await WebTestSite.run { site in
            let r = try await seeded(site)

            let page = try await site.get("/dormant")
            let gulou = try await site.get("/dormant?home=%E5%8D%97%E4%BA%AC%E5%B8%82%E9%BC%93%E6%A5%BC%E5%8C%BA")
            let tenYears = try await site.get("/dormant?years=10")

            // Never: St. Louis (1979), Fukuoka (2010), Osaka (2015-05); then Venice (2020). Nagoya and Leipzig (on
            // the cut-off day) are awake; Florence is suspended and Bloemfontein ended.
            let ids = { (names: [String]) in names.map { r[$0]!.partnership.id } }
            #expect(page.status == .ok)
            #expect(rowIds(page.text) == ids(["St. Louis", "Fukuoka", "Osaka", "Venice"]))
            #expect(rowIds(gulou.text) == ids(["Osaka"]))
            // Ten years: Venice's 2020 visit is recent enough.
            #expect(rowIds(tenYears.text) == ids(["St. Louis", "Fukuoka", "Osaka"]))
            #expect(page.text.contains("data-count=\"4\""))
        }
    }

    @Test func activityShowsThePeriodsFiguresAndRefusesABackwardPeriod() async throws {
        try await WebTestSite.run { site in
            _ = try await seeded(site)

            let year = try await site.get("/activity?from=2025-01-01&to=2025-12-31")
            let all = try await site.get("/activity?from=2020-01-01&to=2026-12-31&lang=en")
            let backward = try await site.get("/activity?from=2025-01-01&to=2024-12-31")
            let badDay = try await site.get("/activity?from=2025-02-30")

            #expect(year.text.contains("2025年，共接待外国友城来访团组1批12人次，其中副市长以上1批12人次；出访0批，其中赴友城0批。"))
            #expect(
                all.text.contains(
                    "In 2020–2026, 3 delegations from abroad were received (19 visitors), 1 of them (12 people)"))
            #expect(all.text.contains("id=\"fig-incoming\" data-value=\"3\""))
            #expect(backward.status == .badRequest && badDay.status == .badRequest)
            #expect(badDay.text.contains("2025-02-30"))
        }
    }

    @Test func thePartnerPageShowsTheTimelineAndTheHealthScore() async throws {
        try await WebTestSite.run { site in
            let r = try await seeded(site)

            let nagoya = try await site.get("/partners/\(r["Nagoya"]!.partner.id)")
            let fukuoka = try await site.get("/partners/\(r["Fukuoka"]!.partner.id)")

            // 682 days since 2025-01-10: recency 35 × 1143 / 1460 = 27.4; one exchange 2.5; one domain 2; city-led
            // 10; no project: 41.9 → 42.
            #expect(nagoya.text.contains("data-score=\"42\""))
            #expect(nagoya.text.contains("Visit from Nagoya"))
            #expect(fukuoka.text.contains("data-score=\"0\"") && fukuoka.text.contains("id=\"timeline-empty\""))
        }
    }

    @Test func badDormantParametersAreRefusedByName() async throws {
        try await WebTestSite.run { site in
            let years = try await site.get("/dormant?years=0")
            let asOf = try await site.get("/dormant?as_of=tomorrow")
            let home = try await site.get("/dormant?home=Atlantis")

            #expect(years.status == .badRequest && years.text.contains("years"))
            #expect(asOf.status == .badRequest && asOf.text.contains("tomorrow"))
            #expect(home.status == .badRequest)
        }
    }
}
