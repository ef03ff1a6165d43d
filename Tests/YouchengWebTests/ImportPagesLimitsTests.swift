import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

extension ImportPagesTests {
    @Test func aFilePastTheColumnLimitIsA400WithWhereAndWhy() async throws {
        try await WebTestSite.run { site in
            let before = try await site.store.count()
            let response = try await Self.upload(
                site, Self.multipart(file: "本地主体,外方城市英文名,国家" + String(repeating: ",", count: 300) + "\r\n"))

            #expect(response.status == .badRequest)
            #expect(response.text.contains("id=\"import-error\""))
            #expect(response.text.contains("第 1 行，第 257 列：列数超过上限 256 列"))
            #expect(try await site.store.count() == before)
        }
    }

    @Test func theConfiguredRowLimitRefusesALongerFileAndAdmitsOneThatFits() async throws {
        // A header and three rows: four rows in all.
        let file = "本地主体,外方城市英文名,国家\r\n南京市,Nagoya,日本\r\n南京市,Florence,意大利\r\n南京市,Leipzig,德国\r\n"
        try await WebTestSite.run(configure: { $0.tableLimits.rows = 3 }) { site in
            let response = try await Self.upload(site, Self.multipart(file: file))

            #expect(response.status == .badRequest)
            #expect(response.text.contains("第 4 行：行数超过上限 3 行"))
        }
        try await WebTestSite.run(configure: { $0.tableLimits.rows = 4 }) { site in
            let response = try await Self.upload(site, Self.multipart(file: file))

            #expect(response.status == .ok)
            #expect(!response.text.contains("行数超过上限"))
        }
    }
}
