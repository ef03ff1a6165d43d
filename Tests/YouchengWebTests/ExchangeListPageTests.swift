import Foundation
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// `GET /exchanges`: newest first, filters that combine, sorting, pages, refused parameters, the compliance flag and
/// the empty state.
@Suite struct ExchangeListPageTests {
    /// Five exchanges; the admin's unit organizes 1, 2 and 5.
    /// 1. 2024-03-01 incoming, Florence, IT, city, 10 people, culture
    /// 2. 2024-06-10 outgoing, Florence + Leipzig, IT + DE, province, 5 people, trade + culture (one day: complies)
    /// 3. 2025-01-15 event, Leipzig, DE, no unit, trade
    /// 4. 2025-05-20 – 2025-05-25 outgoing, Nagoya, JP, 6 days in one country: breaks the 5-day rule
    /// 5. 2025-09-01 – 2025-09-05 outgoing, Florence, IT, 5 days in one country: complies
    static func seed(_ site: WebTestSite) async throws -> [Int64] {
        let unit = try await site.unitId(of: WebTestSite.adminName)
        return [
            try await site.addExchange(
                "A visit", start: "2024-03-01", partners: ["Florence"], countries: ["IT"], unit: unit, rank: .city,
                people: 10, domains: ["culture"]),
            try await site.addExchange(
                "B trip", start: "2024-06-10", kind: .outgoingDelegation, partners: ["Florence", "Leipzig"],
                countries: ["IT", "DE"], unit: unit, rank: .province, people: 5, domains: ["trade", "culture"]),
            try await site.addExchange(
                "C forum", start: "2025-01-15", kind: .event, partners: ["Leipzig"], countries: ["DE"],
                domains: ["trade"]),
            try await site.addExchange(
                "D six days", start: "2025-05-20", end: "2025-05-25", kind: .outgoingDelegation, partners: ["Nagoya"],
                countries: ["JP"]),
            try await site.addExchange(
                "E five days", start: "2025-09-01", end: "2025-09-05", kind: .outgoingDelegation,
                partners: ["Florence"], countries: ["IT"], unit: unit),
        ].map(\.id)
    }

    @Test func listsNewestFirstAndFiltersCombine() async throws {
        try await WebTestSite.run { site in
            let ids = try await Self.seed(site)
            func numbers(_ uri: String) async throws -> [Int] {
                let response = try await site.get(uri)
                #expect(response.status == .ok, "\(uri)")
                return WebTestSite.exchangeIds(response.text).compactMap { id in ids.firstIndex(of: id).map { $0 + 1 } }
            }
            let florence = try await site.partnerId("Florence")
            let unit = try await site.unitId(of: WebTestSite.adminName)

            #expect(try await numbers("/exchanges") == [5, 4, 3, 2, 1])
            #expect(try await numbers("/exchanges?from=2024-01-01&to=2024-12-31") == [2, 1])
            #expect(try await numbers("/exchanges?kind=outgoingDelegation&from=2025-01-01") == [5, 4])
            #expect(try await numbers("/exchanges?partner=\(florence)&unit=\(unit)&domain=culture") == [2, 1])
            #expect(try await numbers("/exchanges?partner=\(florence)&rank=city") == [1])
            #expect(try await numbers("/exchanges?country=DE&country=JP") == [4, 3, 2])
            #expect(try await numbers("/exchanges?kind=event&kind=letter") == [3])
            let none = try await site.get("/exchanges?rank=bureau")
            #expect(none.text.contains("id=\"no-match\""))
        }
    }

    @Test func sortsAndPages() async throws {
        try await WebTestSite.run { site in
            let ids = try await Self.seed(site)
            func numbers(_ uri: String) async throws -> [Int] {
                WebTestSite.exchangeIds(try await site.get(uri).text).compactMap { id in
                    ids.firstIndex(of: id).map { $0 + 1 }
                }
            }

            #expect(try await numbers("/exchanges?sort=title") == [1, 2, 3, 4, 5])
            #expect(try await numbers("/exchanges?sort=start") == [1, 2, 3, 4, 5])
            #expect(try await numbers("/exchanges?sort=-people") == [1, 2, 5, 4, 3])
            let page = try await site.get("/exchanges?per=2&page=2")
            #expect(WebTestSite.exchangeIds(page.text) == [ids[2], ids[1]])
            #expect(page.text.contains("id=\"pagination\""))
            #expect(page.text.contains("data-total=\"5\""))
            #expect(page.text.contains("href=\"/exchanges?per=2&amp;page=3\"") || page.text.contains("page=3"))
        }
    }

    @Test(arguments: [
        ("from=2025-13-01", "from"), ("to=abc", "to"), ("kind=picnic", "kind"), ("partner=abc", "partner"),
        ("country=Atlantis", "country"), ("unit=-1", "unit"), ("domain=cooking", "domain"), ("rank=king", "rank"),
        ("sort=colour", "sort"), ("per=500", "per"), ("page=0", "page"), ("from=2025-02-01&to=2025-01-01", "to"),
    ])
    func refusesABadParameterNamingIt(parameter: String, name: String) async throws {
        try await WebTestSite.run { site in
            for uri in ["/exchanges?\(parameter)", "/exchanges.csv?\(parameter)", "/exchanges.xlsx?\(parameter)"] {
                let response = try await site.get(uri)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(response.text.contains("参数 \(name)"), "\(uri)")
            }
            let english = try await site.get("/exchanges?\(parameter)&lang=en")
            #expect(english.text.contains("parameter \(name)"))
        }
    }

    @Test func flagsOutgoingTripsThatBreakTheRulesWithTheRuleAsText() async throws {
        try await WebTestSite.run { site in
            let ids = try await Self.seed(site)
            let html = try await site.get("/exchanges").text
            func row(_ id: Int64) -> String {
                guard let start = html.range(of: "data-exchange-id=\"\(id)\"") else { return "" }
                let rest = html[start.upperBound...]
                return String(rest[..<(rest.range(of: "</tr>")?.lowerBound ?? rest.endIndex)])
            }

            #expect(row(ids[3]).contains("⚠"))
            #expect(row(ids[3]).contains("出访 1 国共 6 天，超过 5 天的上限"))
            #expect(!row(ids[4]).contains("⚠"))
            #expect(!row(ids[1]).contains("⚠"))
            #expect(!html.contains("data-exchange-id=\"\(ids[0])\" class=\"flagged\""))
        }
    }

    @Test func linksPartnersAndTitlesAndShowsTheNavLink() async throws {
        try await WebTestSite.run { site in
            let ids = try await Self.seed(site)
            let html = try await site.get("/exchanges").text
            let florence = try await site.partnerId("Florence")

            #expect(html.contains("id=\"nav-exchanges\""))
            #expect(html.contains("共 5 项交流活动，显示第 1–5 项"))
            #expect(html.contains("href=\"/partners/\(florence)\""))
            #expect(html.contains("href=\"/exchanges/\(ids[0])/edit\""))
            #expect(html.contains("id=\"export-csv\" href=\"/exchanges.csv\""))
        }
    }

    @Test func anEmptyListSaysHowToAddExchanges() async throws {
        try await WebTestSite.run { site in
            let html = try await site.get("/exchanges").text
            #expect(html.contains("id=\"empty-state\""))
            #expect(html.contains("youcheng import"))
            #expect(html.contains("href=\"/exchanges/new\""))
            #expect(html.contains("href=\"/import\""))
        }
    }
}
