import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/money`: actual minus budget only where both amounts are known, and the footnote saying so.
@Suite struct MoneyPageTests {
    @Test func theDifferenceComparesOnlyRecordsWithBothAmounts() async throws {
        try await WebTestSite.run { site in
            let unit = try await site.unitId(of: WebTestSite.adminName)
            let day = try #require(Day(parsing: "2026-03-01"))
            // The admin's unit: budget 100 / actual 80, and budget 50 with no actual. No unit: actual 30 only.
            let rows: [(Int64?, String, String)] = [(unit, "100", "80"), (unit, "50", ""), (nil, "", "30")]
            for (index, (unitId, budget, actual)) in rows.enumerated() {
                _ = try await site.exchanges.save(
                    ExchangeDraft(
                        title: "访问\(index)", start: day, end: day, kind: .event, unitId: unitId,
                        budget: Money(parsing: budget),
                        actual: Money(parsing: actual)),
                    id: nil, expectedVersion: nil, actor: .system)
            }
            let page = try await site.get("/money?year=2026")

            // Unit: 150 budget, 80 actual, difference 80 − 100 = −20 (not 80 − 150 = −70).
            #expect(page.text.contains("150.00</td><td class=\"num\">80.00</td><td class=\"num\">−20.00</td>"))
            #expect(!page.text.contains("−70.00"))
            // No unit: no record with both amounts, so no difference (not +30).
            #expect(page.text.contains("0.00</td><td class=\"num\">30.00</td><td class=\"num\">—</td>"))
            // The total compares 1 of the 3 records and says so.
            #expect(page.text.contains("<sup>*</sup> −20.00"))
            #expect(page.text.contains("id=\"money-difference-rule\"") && page.text.contains("3 项中的 1 项"))
            // The total's lead is punctuated for its language (a full-width colon only in Chinese).
            #expect(page.text.contains("class=\"summary-paragraph\">合计： 预算"))
            let english = try await site.get("/money?year=2026&lang=en").text
            #expect(english.contains("class=\"summary-paragraph\">Total: Budget") && !english.contains("Total："))
        }
    }
}
