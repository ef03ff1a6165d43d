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
}
