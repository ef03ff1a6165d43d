import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/peers` and the overview's rank: the sample registry counts 7 partnerships not ended.
@Suite struct PeersPagesTests {
    @Test func adminsEnterFiguresAndTheOverviewShowsTheRank() async throws {
        try await WebTestSite.run { site in
            let none = try await site.get("/")
            let first = try await site.post(
                "/peers", form: [("city", "杭州市"), ("partnerships", "31"), ("year", "2024"), ("province", "浙江省")])
            _ = try await site.post("/peers", form: [("city", "绍兴市"), ("partnerships", "5"), ("year", "2024")])
            let bad = try await site.post("/peers", form: [("city", ""), ("partnerships", "x"), ("year", "2024")])

            let overview = try await site.get("/")
            let page = try await site.get("/peers")

            #expect(!none.text.contains("id=\"peer-rank-line\""))
            #expect(first.status == .seeOther)
            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("id=\"error-city\"") && bad.text.contains("id=\"error-partnerships\""))
            // 7 partnerships: behind 杭州 (31), ahead of 绍兴 (5): second of three.
            #expect(overview.text.contains("在已录入的 3 个城市中居第 2 位"))
            #expect(page.text.contains("本市现有友城 7 个，在 3 个城市中居第 2 位"))
        }
    }

    @Test func onlyAdminsMayEnterFigures() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("editor1", role: .editor, home: "南京市")
            let editor = site.as(try await site.signIn("editor1"))

            let page = try await editor.get("/peers")
            let post = try await editor.post(
                "/peers", form: [("city", "杭州市"), ("partnerships", "31"), ("year", "2024")])

            #expect(page.status == .ok && !page.text.contains("id=\"peer-form\""))
            #expect(post.status == .forbidden)
            #expect(try await site.settings.peers.list().isEmpty)
        }
    }
}
