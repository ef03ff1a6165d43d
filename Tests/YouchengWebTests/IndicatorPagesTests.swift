import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/indicators`, its figures form and the API, on the sample registry (clock 2026-11-23). At the end of 2026 the
/// sample has 7 partnerships standing: all eight but Bloemfontein, which ended (Florence is suspended, not ended).
@Suite struct IndicatorPagesTests {
    func indicator(_ site: WebTestSite, _ code: String) async throws -> Indicator {
        try #require(try await site.services.indicators.indicators().first { $0.draft.code == code })
    }

    func row(_ html: String, _ code: String) -> String {
        guard let start = html.range(of: "<tr data-indicator=\"\(code)\">") else { return "" }
        return String(html[start.lowerBound...].prefix { $0 != "\n" })
    }

    @Test func theTableShowsComputedFiguresAndProjectsAsNotAvailable() async throws {
        try await WebTestSite.run { site in
            let page = try await site.get("/indicators?year=2026")

            #expect(page.status == .ok)
            #expect(row(page.text, "A1").contains("<td class=\"num actual\">7</td>"))
            #expect(row(page.text, "C1").contains("暂无数据"))
            #expect(page.text.contains("id=\"category-layout\""))
        }
    }

    @Test func anAdminEntersATargetAndAHandValueAndTheStatusSaysHowItStands() async throws {
        try await WebTestSite.run { site in
            let total = try await indicator(site, "A1")
            let flights = try await indicator(site, "E1")
            let saved = try await site.post(
                "/indicators/\(total.id)/year", form: [("year", "2026"), ("target", "8")])
            _ = try await site.post(
                "/indicators/\(flights.id)/year",
                form: [("year", "2026"), ("target", "20"), ("value", "19"), ("source", "市口岸办")])

            let page = try await site.get("/indicators?year=2026")

            #expect(saved.status == .seeOther)
            // 7 against 8: 87.5%, below 90%: behind. 19 against 20: 95%: close.
            #expect(row(page.text, "A1").contains("落后"))
            #expect(row(page.text, "E1").contains("接近") && row(page.text, "E1").contains("市口岸办"))
        }
    }

    @Test func aBadFigureComesBackWithTheInputKeptAndNothingStored() async throws {
        try await WebTestSite.run { site in
            let flights = try await indicator(site, "E1")
            let bad = try await site.post(
                "/indicators/\(flights.id)/year", form: [("year", "2026"), ("target", "20"), ("value", "十九")])

            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("id=\"error-value\"") && bad.text.contains("十九"))
            #expect(try await site.services.indicators.years(2026).isEmpty)
        }
    }

    @Test func editorsReadButMayNotEnterFigures() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("editor1", role: .editor, home: "南京市")
            let editor = site.as(try await site.signIn("editor1"))
            let flights = try await indicator(site, "E1")

            let page = try await editor.get("/indicators?year=2026")
            let post = try await editor.post(
                "/indicators/\(flights.id)/year", form: [("year", "2026"), ("target", "1")])

            #expect(page.status == .ok && !page.text.contains("/indicators/\(flights.id)/year"))
            #expect(post.status == .forbidden)
            #expect(try await site.services.indicators.years(2026).isEmpty)
        }
    }

    @Test func theAPIGivesThePagesFigures() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/api/v1/indicators?year=2026")
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
            let categories = try #require(object["categories"] as? [[String: Any]])
            let indicators = categories.flatMap { ($0["indicators"] as? [[String: Any]]) ?? [] }
            let total = try #require(indicators.first { $0["code"] as? String == "A1" })
            let signed = try #require(indicators.first { $0["code"] as? String == "C1" })

            #expect(object["year"] as? Int == 2026)
            #expect(total["actual"] as? Int == 7 && total["formula"] as? String == "totalPartnerships")
            #expect(signed["actual"] is NSNull)
            #expect(try await site.get("/api/v1/indicators?year=abc").status == .badRequest)
        }
    }
}
