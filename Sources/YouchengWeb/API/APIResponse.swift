import Foundation
import Hummingbird
import YouchengCore

/// JSON answers of the API.
enum JSONResponse {
    /// `data` as an `application/json` response.
    static func response(_ data: Data, status: HTTPResponse.Status = .ok) -> Response {
        response(ByteBuffer(bytes: data), status: status)
    }

    private static func response(_ body: ByteBuffer, status: HTTPResponse.Status) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: .init(byteBuffer: body))
    }

    /// `value` written by hand, keys sorted as `response(_:)` sorts them: about ten times faster than the encoder,
    /// for the answers a busy client asks for most (the partnership list). Strings escape as `JSONString` writes
    /// them, which differs from the encoder only in writing U+0008 and U+000C as `\u0008` and `\u000c`.
    static func response(json value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        response(ByteBuffer(bytes: value.bytes(sortingKeys: true)), status: status)
    }

    /// `value` encoded as JSON, keys sorted so the output is the same on every platform and run.
    static func response(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return response(try encoder.encode(value), status: status)
    }
}

/// `{"error": {"code", "message", "field"}}`, the API's answer to a refused request.
struct APIError: Encodable, Sendable {
    let presentation: ErrorPresentation
    let language: Language

    init(_ presentation: ErrorPresentation, language: Language) {
        self.presentation = presentation
        self.language = language
    }

    private enum Keys: String, CodingKey { case error, code, message, field }

    func encode(to encoder: any Encoder) throws {
        var outer = encoder.container(keyedBy: Keys.self)
        var inner = outer.nestedContainer(keyedBy: Keys.self, forKey: .error)
        try inner.encode(presentation.code, forKey: .code)
        try inner.encode(presentation.message.text(language), forKey: .message)
        try inner.encode(presentation.field, forKey: .field)
    }

    /// The JSON response with the presentation's status.
    func response() -> Response {
        // Encoding three strings cannot fail; the fallback keeps the signature total.
        (try? JSONResponse.response(self, status: presentation.status))
            ?? JSONResponse.response(Data(#"{"error":{"code":"internal_error","message":"","field":null}}"#.utf8))
    }
}
