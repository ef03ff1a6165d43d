import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/scorecard`, its spreadsheet and JSON, `/money`, and managing the indicator list.
@Suite struct ScorecardPagesTests {
    @Test func theScorecardSortsByAnyColumnAndRefusesAnUnknownOne() async throws {
        try await WebTestSite.run { site in
            let page = try await site.get("/scorecard?year=2026&sort=unit&dir=asc")
            let bad = try await site.get("/scorecard?year=2026&sort=salary")
            let sheet = try await site.get("/scorecard.xlsx?year=2026")
            let api = try await site.get("/api/v1/scorecard?year=2026")

            #expect(page.status == .ok && page.text.contains("aria-sort=\"ascending\""))
            #expect(bad.status == .badRequest)
            #expect(sheet.status == .ok && sheet.headers[.contentType]?.contains("spreadsheetml") == true)
            #expect(api.text.contains("\"units\"") && api.text.contains("\"projectsSigned\":null"))
        }
    }

    @Test func moneyWithoutAmountsSaysWhatToDo() async throws {
        try await WebTestSite.run { site in
            let page = try await site.get("/money?year=2026")

            #expect(page.status == .ok && page.text.contains("id=\"empty-state\""))
        }
    }

    @Test func anAdminAddsAnIndicatorIsRefusedADuplicateCodeAndDeletesIt() async throws {
        try await WebTestSite.run { site in
            let form = [
                ("code", "E9"), ("category", "links"), ("nameZh", "国际邮轮航线"), ("nameEn", "Cruise routes"),
                ("measure", "条"), ("direction", "higher"), ("formula", "manual"), ("position", "9"),
            ]
            let created = try await site.post("/indicators", form: form)
            let duplicate = try await site.post("/indicators", form: form)
            let stored = try #require(try await site.services.indicators.indicators().first { $0.draft.code == "E9" })
            let confirm = try await site.get("/indicators/\(stored.id)/delete")
            let deleted = try await site.post(
                "/indicators/\(stored.id)/delete", form: [("version", String(stored.version))])

            #expect(created.status == .seeOther)
            #expect(duplicate.status == .conflict && duplicate.text.contains("国际邮轮航线"))
            #expect(confirm.status == .ok && confirm.text.contains("id=\"confirm-delete\""))
            #expect(deleted.status == .seeOther)
            #expect(try await site.services.indicators.indicators().allSatisfy { $0.draft.code != "E9" })
        }
    }
}
