import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@testable import YouchengWeb

/// A fresh database with the web router in front of it, driven through HummingbirdTesting.
struct WebTestSite {
    /// 2026-11-23 12:00 in China.
    static let fixedNow = Date(timeIntervalSince1970: 1_795_406_400)

    /// The stores of the site's database, on the site's clock: the router is built from them.
    let services: Services
    let client: any TestClientProtocol
    /// The session requests are sent with (the admin's, unless `as(_:)` or `signedOut` says otherwise).
    var session: SignedIn?
    /// The import slots.
    let importGate: ImportGate
    /// The stores' clock (audit entries, sessions, locks), standing at `fixedNow` until a test moves it.
    let clock: TestClock

    /// Runs `body` against a site on a new SQLite database, seeded with `rows` (a registry table, header first).
    /// `configure` adjusts the configuration (bound to 127.0.0.1 by default); `demo` is asked for every page;
    /// `hasher` hashes and checks passwords (bcrypt at its cheapest cost unless a test counts them).
    static func run(
        rows: [[String]] = sample, demo: @escaping @Sendable () async -> Bool = { false }, healthy: Bool = true,
        configure: (inout WebConfiguration) -> Void = { _ in },
        repository wrap: (RegistryStore) -> any RegistryRepository = { $0 },
        hasher: any PasswordHasher = BcryptHasher(cost: 4),
        _ body: @Sendable (WebTestSite) async throws -> Void
    ) async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let clock = TestClock(fixedNow)
            let services = Services.forTests(database, clock: clock, hasher: hasher)
            let store = services.registry
            if rows.count > 1 {
                let plan = try RegistryImporter(reference: .bundled).plan(rows)
                #expect(plan.errors.isEmpty)
                _ = try await store.apply(plan.rows, dryRun: false, actor: .system)
            }
            var configuration = WebConfiguration()
            configuration.timeZone = TimeZone(identifier: "Asia/Shanghai")!
            configure(&configuration)
            var options = WebOptions(isDemo: demo, now: { fixedNow })
            options.repository = wrap(store)
            if !healthy { options.health = { throw DatabaseDown() } }
            let router = try buildRouter(services: services, configuration: configuration, options: options)
            let importGate = options.importGate
            let app = Application(responder: AuthorityFromTestHeader(inner: router.buildResponder()))
            try await app.test(.router) { client in
                var site = WebTestSite(
                    services: services, client: client, session: nil, importGate: importGate, clock: clock)
                try await site.createUser(adminName, role: .admin)
                site.session = try await site.signIn(adminName)
                try await body(site)
            }
        }
    }

    /// The partnerships of the site's database.
    var store: RegistryStore { services.registry }
    /// The exchanges of the site's database.
    var exchanges: ExchangeStore { services.exchanges }
    /// The settings of the site's database.
    var settings: SettingsStore { services.settings }
    /// Users, sessions and tokens of the site's database.
    var accounts: AccountStores { services.accounts }
    /// The uploads waiting for confirmation.
    var pendingImports: PendingImportStore { services.pendingImports }
    /// The dormant, activity, anniversary and annual-report queries over the site's stores.
    func reports() -> ExchangeReports { services.reports }

    /// Eight partnerships: three homes, five countries, both kinds, one suspended and one ended.
    static let sample: [[String]] = [
        ["本地主体", "外方城市", "外方城市英文名", "国家", "类型", "结好时间", "状态"],
        ["南京市", "名古屋市", "Nagoya", "日本", "友好城市", "1978-12-21", "有效"],
        ["南京市", "福冈市", "Fukuoka", "JP", "友好交流城市", "2010", "有效"],
        ["南京市鼓楼区", "大阪市", "Osaka", "Japan", "友好交流城市", "2015-05", "有效"],
        ["南京市", "圣路易斯", "St. Louis", "US", "友好城市", "1979", "有效"],
        ["南京市", "莱比锡", "Leipzig", "DE", "友好城市", "1988", "有效"],
        ["南京市", "佛罗伦萨", "Florence", "IT", "友好城市", "1980", "暂停"],
        ["苏州市", "威尼斯", "Venice", "IT", "友好城市", "1980", "有效"],
        ["南京市", "布隆方丹", "Bloemfontein", "ZA", "友好交流城市", "2000", "终止"],
    ]

    /// GET `uri` in the site's session.
    func get(_ uri: String, headers: HTTPFields = [:]) async throws -> TestResponse {
        try await execute(uri: uri, method: .get, headers: headers)
    }

    /// POST a form body in the site's session, with its `_csrf` added unless the form has one, and `headers`
    /// besides the content type.
    func post(_ uri: String, form: [(String, String)], headers: HTTPFields = [:]) async throws -> TestResponse {
        var form = form
        if let session, !form.contains(where: { $0.0 == "_csrf" }) { form.append(("_csrf", session.csrf)) }
        let body = form.map { "\(escape($0.0))=\(escape($0.1))" }.joined(separator: "&")
        return try await post(uri, rawForm: Array(body.utf8), headers: headers)
    }

    /// POST raw bytes as a form body.
    func post(_ uri: String, rawForm: [UInt8], headers: HTTPFields = [:]) async throws -> TestResponse {
        var headers = headers
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: rawForm))
    }

    /// Any request, with the session's cookie added to `headers`.
    func execute(
        uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil
    ) async throws -> TestResponse {
        var headers = headers
        if let session {
            headers[.cookie] = headers[.cookie].map { "\($0); \(session.cookie)" } ?? session.cookie
        }
        return try await client.execute(uri: uri, method: method, headers: headers, body: body)
    }

    /// Headers that make a request arrive for `host` (the `Host` header; empty for none).
    static func host(_ host: String, _ more: HTTPFields = [:]) -> HTTPFields {
        var headers = more
        headers[HTTPFields.Element.Name("X-Test-Host")!] = host
        return headers
    }

    /// The ids of the table rows (`data-partnership-id`) in page order.
    static func rowIds(_ html: String) -> [Int64] {
        html.components(separatedBy: "data-partnership-id=\"").dropFirst().compactMap {
            Int64($0.prefix { $0.isNumber })
        }
    }

    private func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? text
    }
}

/// HummingbirdTesting's router client always sends `localhost` as the request's authority (what a server takes from
/// the `Host` header). This responder puts the `X-Test-Host` header there instead, so tests can send any `Host`;
/// an empty value sends none. It also takes the peer address from `X-Test-Peer`.
struct AuthorityFromTestHeader<Inner: HTTPResponder>: HTTPResponder where Inner.Context == WebRequestContext {
    typealias Context = WebRequestContext

    /// `X-Test-Host`.
    static var header: HTTPFields.Element.Name { HTTPFields.Element.Name("X-Test-Host")! }

    let inner: Inner

    /// `X-Test-Peer`: the peer address the request comes from (the router client has none).
    static var peerHeader: HTTPFields.Element.Name { HTTPFields.Element.Name("X-Test-Peer")! }

    func respond(to request: Request, context: Context) async throws -> Response {
        var context = context
        var head = request.head
        if let peer = request.headers[Self.peerHeader] {
            context.peerAddress = peer
            head.headerFields[Self.peerHeader] = nil
        }
        if let host = request.headers[Self.header] {
            head.authority = host.isEmpty ? nil : host
            head.headerFields[Self.header] = nil
        }
        return try await inner.respond(to: Request(head: head, body: request.body), context: context)
    }
}

/// The health closure's failure in tests.
struct DatabaseDown: Error {}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}
