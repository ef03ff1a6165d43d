import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// `GET /charts` over the sample registry (7 partnerships not ended) and a few exchanges; today is 2026-11-23.
@Suite struct ChartsPageTests {
    /// The markup of the figure `id`.
    func figure(_ html: String, _ id: String) throws -> String {
        let start = try #require(html.range(of: "<figure id=\"\(id)\""))
        let end = try #require(html.range(of: "</figure>", range: start.upperBound..<html.endIndex))
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// The table rows of a figure as label and cells (tags stripped).
    func rows(_ markup: String) -> [[String]] {
        markup.components(separatedBy: "<tr><th scope=\"row\">").dropFirst().map { row in
            let cells = row.components(separatedBy: "</tr>")[0].components(separatedBy: "<td class=\"num\">")
            return cells.map { $0.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression) }
        }
    }

    func count(_ text: String, in markup: String) -> Int { markup.components(separatedBy: text).count - 1 }

    func seed(_ site: WebTestSite) async throws {
        try await site.addExchange(
            "Nagoya visit", start: "2024-05-01", partners: ["Nagoya"], domains: ["culture", "trade"])
        try await site.addExchange(
            "Trip", start: "2025-03-01", kind: .outgoingDelegation, partners: ["Nagoya", "Leipzig"],
            countries: ["JP", "DE"], domains: ["education"])
        try await site.addExchange(
            "Games", start: "2026-06-01", kind: .event, partners: ["Venice"], domains: ["sports"])
        try await site.addExchange(
            "Letter", start: "2019-01-01", kind: .letter, partners: ["Leipzig"], domains: ["trade"])
    }

    @Test func partnershipChartsCountTheSampleRegistry() async throws {
        try await WebTestSite.run { site in
            let html = try await site.get("/charts?lang=en").text
            // 1978 to 2015: 38 columns; 1978, 1979, 1980 ×2, 1988, 2010, 2015.
            let years = try figure(html, "chart-by-year")
            #expect(count("class=\"chart-bar\"", in: years) == 38)
            let yearRows = rows(years)
            #expect(yearRows.first == ["1978", "1", "1"] && yearRows.last == ["2015", "1", "7"])
            #expect(yearRows.first { $0[0] == "1980" } == ["1980", "2", "4"])
            #expect(!years.contains("chart-note"))
            #expect(
                rows(try figure(html, "chart-countries")) == [
                    ["Japan", "3"], ["Italy", "2"], ["Germany", "1"], ["United States", "1"],
                ])
            #expect(count("class=\"chart-bar\"", in: try figure(html, "chart-countries")) == 4)
            #expect(rows(try figure(html, "chart-kind")).map { $0[1] } == ["5", "2"])
            #expect(rows(try figure(html, "chart-level")).map { $0[1] } == ["0", "6", "1"])
            let continents = rows(try figure(html, "chart-continent"))
            #expect(
                continents.first { $0[0] == "Asia" }?[1] == "3" && continents.first { $0[0] == "Europe" }?[1] == "3")
        }
    }

    @Test func exchangeChartsCountThePeriodAndTheBalance() async throws {
        try await WebTestSite.run { site in
            try await seed(site)
            let html = try await site.get("/charts?lang=en").text
            // Default period 2022-01-01 to today: five years; the 2019 letter is outside.
            let kinds = try figure(html, "chart-exchange-kinds")
            #expect(rows(kinds).map { $0[0] } == ["2022", "2023", "2024", "2025", "2026"])
            #expect(rows(kinds)[2] == ["2024", "1", "0", "0", "1"] && rows(kinds)[4] == ["2026", "0", "0", "1", "1"])
            #expect(count("class=\"chart-segment\"", in: kinds) == 3)
            // Soft: the visit (culture) and the trip (education); hard: the visit (trade); the games are neither.
            let balance = rows(try figure(html, "chart-balance"))
            #expect(balance == [["Soft domains", "2", "67%"], ["Hard domains", "1", "33%"]])
            // Last five years: Nagoya 2, Leipzig 1 (the 2019 letter is older), Venice 1; four partners with none.
            let most = try figure(html, "chart-most-active")
            #expect(rows(most).map { $0[1] } == ["2", "1", "1"])
            #expect(rows(most).first?[0] == "Nagoya")
            let nagoya = try await site.partnerId("Nagoya")
            #expect(most.contains("href=\"/partners/\(nagoya)\""))
            let least = rows(try figure(html, "chart-least-active"))
            #expect(least.count == 7 && least.prefix(4).allSatisfy { $0[1] == "0" })
        }
    }

    @Test func everyChartHasACaptionATableAndAnAccessibleDrawing() async throws {
        try await WebTestSite.run { site in
            try await seed(site)
            let html = try await site.get("/charts").text
            let figures = count("<figure ", in: html)
            #expect(figures == 11)
            #expect(count("<figcaption", in: html) == figures && count("<table", in: html) == figures)
            #expect(count("role=\"img\"", in: html) == count("<desc id=", in: html))
            #expect(!html.contains("style="))
            #expect(html.contains("id=\"nav-charts\""))
        }
    }

    @Test func anEmptyRegistrySaysWhatToDoInsteadOfDrawing() async throws {
        try await WebTestSite.run(rows: []) { site in
            let html = try await site.get("/charts?lang=en").text
            #expect(!html.contains("<figure "))
            #expect(html.contains("Import a registry or add a partnership"))
            #expect(html.contains("No exchanges are recorded in this period"))
        }
    }

    @Test func badParametersAreRefusedByName() async throws {
        try await WebTestSite.run { site in
            let home = try await site.get("/charts?home=Atlantis")
            let from = try await site.get("/charts?from=2024-13-01")
            let backward = try await site.get("/charts?from=2025-01-01&to=2024-01-01")
            #expect(home.status == .badRequest && home.text.contains("home"))
            #expect(from.status == .badRequest && from.text.contains("from") && from.text.contains("日期"))
            #expect(backward.status == .badRequest)
        }
    }
}
