// The reference for scripts/bench: raw Hummingbird 2 answering every request with one page of JSON shaped like the
// API's partnership list (50 items, keys sorted, encoded with a new JSONEncoder per request, as the API does), and
// nothing else: no middleware, no database, no templates. Each of the program's figures is read against this one,
// measured in the same run on the same machine.
// Run: swift run -c release youcheng-reference [--port 8090]; GET / (or /static, the same bytes encoded once).
import Foundation
import Hummingbird

/// One item of the API's partnership list, with the same keys.
struct Item: Codable, Sendable {
    /// `home`: the unit's code and full name.
    struct Home: Codable, Sendable { let code, name: String }
    /// `partner`: the foreign city.
    struct Partner: Codable, Sendable {
        let id: Int
        let name, nameZh: String
    }

    let id: Int
    let home: Home
    let partner: Partner
    let country, kind: String
    let established: String?
    let status, notes: String
    let version: Int
}

/// `{"items", "page", "per", "total"}`.
struct ListPage: Codable, Sendable {
    let items: [Item]
    let page, per, total: Int
}

let page = ListPage(
    items: (101...150).map { id in
        Item(
            id: id, home: .init(code: "320500", name: "江苏省苏州市"),
            partner: .init(id: 5000 + id, name: "Partnerstadt \(id)", nameZh: "伙伴城市\(id)"), country: "DE",
            kind: "friendshipCity", established: "1998-05-\(10 + id % 18)", status: "active", notes: "",
            version: 1)
    }, page: 3, per: 50, total: 1_472)

let arguments = CommandLine.arguments
let port = arguments.firstIndex(of: "--port").flatMap {
    arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil
}

/// `page` as the API answers it: keys sorted, slashes left alone.
func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
    return try encoder.encode(page)
}

/// `bytes` as a JSON response.
func json(_ bytes: Data) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "application/json; charset=utf-8"
    return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
}

// `/` encodes the page on every request (the reference); `/static` sends the bytes encoded once at start, which
// shows how much of the reference's time is JSONEncoder rather than Hummingbird.
let once = try encoded()
let router = Router()
router.get("/") { _, _ in json(try encoded()) }
router.get("/static") { _, _ in json(once) }
let app = Application(router: router, configuration: .init(address: .hostname("127.0.0.1", port: port ?? 8090)))
try await app.runService()
