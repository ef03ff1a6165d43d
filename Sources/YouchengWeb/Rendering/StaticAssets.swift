import Foundation
import Hummingbird

/// `GET /static/{name}`: the stylesheet and other files of `Resources/Static`, read once at start-up.
/// Only files that exist there are served; nothing comes from the internet.
struct StaticAssets: Sendable {
    private let files: [String: (type: String, bytes: [UInt8])]

    /// Reads every file of `directory`.
    init(directory: URL) throws {
        var files: [String: (type: String, bytes: [UInt8])] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where !name.hasPrefix(".") {
            let data = try Data(contentsOf: directory.appendingPathComponent(name))
            files[name] = (Self.contentType(name), Array(data))
        }
        self.files = files
    }

    func serve(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        guard let name = context.parameters.get("name"), let file = files[name] else { throw WebError.notFound }
        var headers = HTTPFields()
        headers[.contentType] = file.type
        headers[.cacheControl] = "public, max-age=3600"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: file.bytes)))
    }

    private static func contentType(_ name: String) -> String {
        switch name.split(separator: ".").last ?? "" {
        case "css": "text/css; charset=utf-8"
        case "js": "text/javascript; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        default: "application/octet-stream"
        }
    }
}
