import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@testable import YouchengWeb

extension TwoServersTests {
    /// How many partnerships in Finland the API lists to `headers`.
    func finnish(_ client: some TestClientProtocol, _ headers: HTTPFields) async throws -> Int? {
        let response = try await client.execute(uri: "/api/v1/partnerships?country=FI", method: .get, headers: headers)
        let object = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
        return object?["total"] as? Int
    }

    /// The registry counter is read with each request's session or token, in one statement (`RequestReads`): the
    /// next request on either server, signed in either way, still sees a partnership written through the other.
    @Test(arguments: TestBackend.available)
    func aPartnershipWrittenOnOneServerIsListedByTheOthersNextSignedInRequest(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let clock = TestClock(WebTestSite.fixedNow)
            let (other, accounts, session) = try await adminSignedIn(database, clock: clock)
            let token = try await accounts.tokens.create(username: "admin", name: "script", by: .system).plaintext
            let cookie: HTTPFields = [.cookie: "\(SessionMiddleware.cookieName)=\(session.id)"]
            let bearer: HTTPFields = [.authorization: "Bearer \(token)", .contentType: "application/json"]
            let tampere = #"{"home": "南京市", "partner": "Tampere", "country": "芬兰", "established": 2019}"#
            let turku = #"{"home": "苏州市", "partner": "Turku", "country": "芬兰", "established": 2001}"#

            do {
                try await server(database, clock: clock).test(.router) { serverA in
                    try await server(other, clock: clock).test(.router) { serverB in
                        // Each server holds the registry in memory once it has been read.
                        let before = [try await finnish(serverA, cookie), try await finnish(serverB, bearer)]
                        let created = try await serverA.execute(
                            uri: "/api/v1/partnerships", method: .post, headers: bearer,
                            body: ByteBuffer(string: tampere))
                        let afterA = [try await finnish(serverB, cookie), try await finnish(serverB, bearer)]
                        let createdOnB = try await serverB.execute(
                            uri: "/api/v1/partnerships", method: .post, headers: bearer, body: ByteBuffer(string: turku)
                        )
                        let afterB = [try await finnish(serverA, cookie), try await finnish(serverA, bearer)]

                        #expect(before == [0, 0])
                        #expect(created.status == .created && createdOnB.status == .created)
                        #expect(afterA == [1, 1])
                        #expect(afterB == [2, 2])
                    }
                }
            } catch {
                await other.close()
                throw error
            }
            await other.close()
        }
    }
}
