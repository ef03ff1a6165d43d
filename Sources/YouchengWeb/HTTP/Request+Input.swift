import Hummingbird
import YouchengCore

extension Request {
    /// The query parameters, UTF-8 checked.
    func queryString() throws(WebError) -> QueryString {
        try QueryString(parsing: uri.query ?? "")
    }

    /// The whole body, refused with a 413 beyond `limit` bytes (at once when `Content-Length` says so).
    /// The buffer is sized from `Content-Length`, capped at the limit, so a large upload is not copied as it grows.
    func bodyBytes(limit: Int) async throws -> [UInt8] {
        var collected: [UInt8] = []
        if let declared = headers[.contentLength].flatMap({ Int($0) }) {
            guard declared <= limit else { throw WebError.tooLarge(limitBytes: limit) }
            collected.reserveCapacity(max(0, declared))
        }
        for try await buffer in body {
            guard collected.count + buffer.readableBytes <= limit else { throw WebError.tooLarge(limitBytes: limit) }
            collected.append(contentsOf: buffer.readableBytesView)
        }
        return collected
    }

    /// The fields of an `application/x-www-form-urlencoded` body.
    func formFields(limit: Int) async throws -> QueryString {
        let type = HeaderValue.parse(headers[.contentType] ?? "").value.lowercased()
        guard type == "application/x-www-form-urlencoded" else { throw WebError.unsupportedMediaType }
        return try QueryString(bytes: try await bodyBytes(limit: limit))
    }

    /// The parts of a `multipart/form-data` body.
    func multipartParts(limit: Int) async throws -> [MultipartPart] {
        guard let boundary = Multipart.boundary(contentType: headers[.contentType] ?? "") else {
            throw WebError.unsupportedMediaType
        }
        return try Multipart.parse(try await bodyBytes(limit: limit), boundary: boundary)
    }
}

extension WebRequestContext {
    /// The numeric `{id}` of the path; anything else names nothing, so it is a 404.
    func pathID() throws(WebError) -> Int64 {
        guard let text = parameters.get("id"), let id = Int64(text), id > 0 else { throw WebError.notFound }
        return id
    }
}
