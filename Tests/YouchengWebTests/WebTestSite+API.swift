import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@testable import YouchengWeb

extension WebTestSite {
    /// `method uri` with a JSON `body`, authorised by a new API token of `username` (no cookie, so no CSRF token).
    func api(_ username: String, _ method: HTTPRequest.Method, _ uri: String, _ body: String = "") async throws
        -> TestResponse
    {
        let token = try await accounts.tokens.create(username: username, name: "t", by: .system).plaintext
        return try await signedOut.execute(
            uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: body.isEmpty ? nil : ByteBuffer(string: body))
    }

    /// The JSON object a response holds.
    static func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    /// The fields a 422 names; nil for any other status.
    static func unprocessableFields(_ response: TestResponse) throws -> Set<String>? {
        response.status == .unprocessableContent ? try refusedFields(response) : nil
    }

    /// The fields an API refusal names (`error.details[].field`).
    static func refusedFields(_ response: TestResponse) throws -> Set<String> {
        let error = try #require(try object(response)["error"] as? [String: Any])
        let details = error["details"] as? [[String: Any]] ?? []
        return Set(details.compactMap { $0["field"] as? String } + [error["field"] as? String].compactMap { $0 })
    }
}
