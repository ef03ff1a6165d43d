import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// The partner page shows the history of its partnerships, with the form's labels and displayed values.
@Suite struct PartnerHistoryTests {
    @Test func anEditShowsOnThePartnerPageWithLabelsAndNames() async throws {
        try await WebTestSite.run(rows: []) { site in
            let created = try await site.post(
                "/partnerships",
                form: [
                    ("home", "南京市"), ("partner", "Tampere"), ("partner_zh", "坦佩雷"), ("country", "FI"),
                    ("kind", "friendshipCity"), ("established", "2019"), ("status", "active"),
                ])
            let record = try #require(try await site.store.all(PartnershipQuery()).first)
            site.clock.advance(60)
            var form = PartnershipForm(record: record)
            form.status = "suspended"
            let edit = form.fields.map { ($0.key, $0.value) } + [("version", "1")]
            _ = try await site.post("/partnerships/\(record.partnership.id)", form: edit)

            let page = try await site.get("/partners/\(record.partner.id)")

            #expect(created.status == .seeOther)
            #expect(page.text.contains("id=\"history\""))
            let rows = page.text.components(separatedBy: "data-audit-id=").dropFirst()
            #expect(rows.count == 2)
            // Newest first: the update, by the admin, status 有效 → 暂停 under the form's label.
            let update = try #require(rows.first)
            #expect(update.contains("data-action=\"update\""))
            #expect(update.contains(WebTestSite.adminName))
            #expect(
                update.contains(
                    "<li data-field=\"status\"><span class=\"change-field\">状态</span>: <span class=\"change-before\">有效</span> → <span class=\"change-after\">暂停</span></li>"
                ))
            #expect(rows.last?.contains("data-action=\"create\"") == true)
            #expect(rows.last?.contains("<span class=\"change-after\">芬兰</span>") == true)
        }
    }
}
