import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `Request.postedForm`: each kind of form has its own size limit, and a wrong CSRF token is refused, whatever the
/// page.
@Suite struct PostedFormTests {
    /// A body of exactly `bytes` bytes: a wrong token, then padding.
    static func body(bytes: Int) -> [UInt8] {
        let head = Array("_csrf=wrong&pad=".utf8)
        return head + [UInt8](repeating: UInt8(ascii: "x"), count: bytes - head.count)
    }

    /// A page of each kind with its limit as bytes and as the refusal says it: 1 MiB for a record, 64 KiB for an
    /// account, 16 KiB for a small action.
    static let pages: [(String, Int, String)] = [
        ("/partnerships", 1_048_576, "1 MB"), ("/units", 65_536, "64 KB"), ("/calendar", 16_384, "16 KB"),
    ]

    @Test(arguments: pages)
    func aBodyOverItsKindsLimitIsRefusedAsTooLargeNamingTheLimit(path: String, limit: Int, shown: String)
        async throws
    {
        try await WebTestSite.run { site in
            let response = try await site.post(path, rawForm: Self.body(bytes: limit + 1))

            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("超过 \(shown) 的上限"))
        }
    }

    @Test(arguments: pages)
    func aBodyAtItsKindsLimitIsReadAndItsWrongTokenRefused(path: String, limit: Int, shown: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.post(path, rawForm: Self.body(bytes: limit))

            #expect(response.status == .forbidden)
            #expect(response.text.contains("bad_csrf") || response.text.contains("表单已过期"))
        }
    }

    @Test func theRightTokenLetsASmallActionThrough() async throws {
        try await WebTestSite.run { site in
            let wrong = try await site.post("/calendar", form: [("_csrf", "wrong")])
            let right = try await site.post("/calendar", form: [])

            #expect(wrong.status == .forbidden)
            #expect(right.status == .ok)
            #expect(right.text.contains("id=\"calendar-url\""))
        }
    }

    @Test func aFormWithoutANumericVersionNamesIt() throws {
        let missing = QueryString([("title", "x")])
        let words = QueryString([("version", "two")])

        #expect(throws: WebError.invalidParameter("version", "")) { try missing.version() }
        #expect(throws: WebError.invalidParameter("version", "two")) { try words.version() }
        #expect(try QueryString([("version", "7")]).version() == 7)
    }
}
