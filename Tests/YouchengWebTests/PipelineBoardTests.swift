import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// The board caps each stage's column at `ProspectBoard.defaultCap` cards and ends a longer one with a link to all
/// of that stage in the list; a column within the cap has no link.
@Suite struct PipelineBoardTests {
    let today = Day(year: 2026, month: 11, day: 23)!

    @Test func aLongColumnShowsTwentyCardsAndLinksToAllOfItsStage() async throws {
        try await WebTestSite.run { site in
            let unit = try await site.unitId(of: WebTestSite.adminName)
            // 22 identified (2026-01-01 … 2026-01-22) and 2 negotiating in 苏州市.
            for d in 1...22 {
                _ = try await site.services.prospects.create(
                    ProspectDraft(name: "City \(d)", nameZh: "", country: "FR", homeCode: "320500", unitId: unit),
                    date: Day(year: 2026, month: 1, day: d)!, today: today, by: .system)
            }
            for name in ["Lyon", "Nice"] {
                _ = try await site.services.prospects.create(
                    ProspectDraft(name: name, nameZh: "", country: "FR", homeCode: "320500", unitId: unit),
                    stage: .negotiating, date: Day(year: 2026, month: 3, day: 1)!, today: today, by: .system)
            }

            let html = try await site.get("/pipeline?home=320500&year=2026").text
            let list = try await site.get("/prospects?home=320500&stage=identified")

            let identified = try #require(html.range(of: "data-stage=\"identified\""))
            let contacted = try #require(html.range(of: "data-stage=\"contacted\""))
            let column = String(html[identified.upperBound..<contacted.lowerBound])
            // 22 − 20 = 2 left off: the two entered first (City 1, City 2).
            #expect(column.components(separatedBy: "class=\"card\"").count - 1 == 20)
            #expect(column.contains(">City 22<") && column.contains(">City 3<") && !column.contains(">City 2<"))
            #expect(column.contains("<span class=\"count\">22</span>"))
            #expect(column.contains("href=\"/prospects?home=320500&amp;stage=identified\">该阶段全部 22 个 →</a>"))
            #expect(html.components(separatedBy: "class=\"all-in-stage\"").count - 1 == 1)
            #expect(list.text.contains("共 22 个结好意向"))
            // The home field shows the name of the home asked by code, a name that reads back as the same home.
            #expect(html.contains("id=\"scope-home\" name=\"home\" type=\"text\" value=\"苏州市\" list=\"home-options\""))
            let byName = try await site.get("/pipeline?home=%E8%8B%8F%E5%B7%9E%E5%B8%82&year=2026").text
            #expect(byName.contains("该阶段全部 22 个 →"))
        }
    }
}
