import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// Signed-in responses are not kept by any cache; static files are.
@Suite struct NoStoreTests {
    @Test(arguments: ["/", "/partnerships", "/users", "/api/v1/partnerships", "/no-such-page"])
    func aSignedInResponseIsSentWithNoStore(uri: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(uri)

            #expect(response.headers[.cacheControl] == "no-store")
        }
    }

    @Test func staticFilesKeepTheirOwnCachingEvenWhenSignedIn() async throws {
        try await WebTestSite.run { site in
            let signedIn = try await site.get("/static/app.css")
            let signedOut = try await site.signedOut.get("/static/app.css")

            #expect(signedIn.headers[.cacheControl] == "public, max-age=3600")
            #expect(signedOut.headers[.cacheControl] == "public, max-age=3600")
        }
    }

    @Test func anAPICallWithATokenIsSentWithNoStore() async throws {
        try await WebTestSite.run { site in
            let token = try await site.accounts.tokens.create(username: WebTestSite.adminName, name: "t", by: .system)

            let response = try await site.signedOut.get(
                "/api/v1/partnerships", headers: [.authorization: "Bearer \(token.plaintext)"])

            #expect(response.status == .ok)
            #expect(response.headers[.cacheControl] == "no-store")
        }
    }
}
