import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

@Suite struct RequestGuardTests {
    let newPartnership: [(String, String)] = [("home", "南京"), ("partner", "Tampere"), ("country", "FI")]

    @Test func loopbackServerRefusesAForeignHostNameWithABilingualMessage() async throws {
        try await WebTestSite.run { site in
            // DNS rebinding: attacker.example resolves to 127.0.0.1, and the browser says so in Host.
            let page = try await site.get("/partnerships", headers: WebTestSite.host("attacker.example:8080"))
            let api = try await site.get("/api/v1/summary", headers: WebTestSite.host("attacker.example"))

            #expect(page.status == .misdirectedRequest)
            #expect(page.text.contains("id=\"error-page\""))
            #expect(page.text.contains("本服务器不接受发往「attacker.example」的请求"))
            #expect(page.text.contains("this server does not answer for &quot;attacker.example&quot;"))
            #expect(WebTestSite.rowIds(page.text).isEmpty)
            #expect(api.status == .misdirectedRequest)
            #expect(api.text.contains("\"code\":\"host_not_allowed\""))
        }
    }

    @Test(arguments: ["localhost", "localhost:9999", "LOCALHOST.", "127.0.0.1:8124", "127.1.2.3", "[::1]:8080"])
    func loopbackNamesAreAnsweredOnAnyPort(host: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships", headers: WebTestSite.host(host))

            #expect(response.status == .ok, "\(host)")
        }
    }

    @Test func configuredHostsAreAnsweredBesideTheLoopbackNames() async throws {
        try await WebTestSite.run(configure: { $0.allowedHosts = ["Youcheng.Example.org"] }) { site in
            let configured = try await site.get("/", headers: WebTestSite.host("youcheng.example.org:443"))
            let loopback = try await site.get("/", headers: WebTestSite.host("127.0.0.1:8080"))
            let other = try await site.get("/", headers: WebTestSite.host("other.example.org"))

            #expect(configured.status == .ok)
            #expect(loopback.status == .ok)
            #expect(other.status == .misdirectedRequest)
        }
    }

    @Test func serverOnTheNetworkAnswersAnyHostUntilHostsAreConfigured() async throws {
        try await WebTestSite.run(configure: { $0.host = "0.0.0.0" }) { site in
            let response = try await site.get("/", headers: WebTestSite.host("192.168.1.20:8080"))

            #expect(response.status == .ok)
        }
        try await WebTestSite.run(configure: {
            $0.host = "0.0.0.0"
            $0.allowedHosts = ["youcheng.example.org"]
        }) { site in
            let configured = try await site.get("/", headers: WebTestSite.host("youcheng.example.org"))
            let other = try await site.get("/", headers: WebTestSite.host("192.168.1.20:8080"))

            #expect(configured.status == .ok)
            #expect(other.status == .misdirectedRequest)
        }
    }

    @Test(arguments: ["", "user@localhost", "local host", "localhost:99999", "localhost:+80", "localhost/x"])
    func missingOrMalformedHostIsABadRequestOnALoopbackServer(host: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/", headers: WebTestSite.host(host))

            #expect(response.status == .badRequest, "\(host)")
            #expect(response.text.contains("Host"))
        }
    }

    @Test(arguments: [
        [("Origin", "http://attacker.example")], [("Origin", "null")], [("Origin", "http://localhost:9999")],
        [("Origin", "https://localhost")], [("Sec-Fetch-Site", "cross-site")],
        [("Origin", "http://localhost"), ("Sec-Fetch-Site", "cross-site")], [("Sec-Fetch-Site", "same-site")],
    ])
    func crossSiteFormPostIsRefusedAndChangesNothing(headers: [(String, String)]) async throws {
        try await WebTestSite.run { site in
            let before = try await site.store.count()

            let response = try await site.post("/partnerships", form: newPartnership, headers: fields(headers))

            #expect(response.status == .forbidden, "\(headers)")
            #expect(response.text.contains("已拒绝来自其他网站的提交"))
            #expect(response.text.contains("the request came from another site"))
            #expect(try await site.store.count() == before)
        }
    }

    @Test(arguments: [
        [("Host", "localhost")], [("Host", "localhost"), ("Origin", "http://localhost")],
        [("Host", "127.0.0.1:8124"), ("Origin", "http://127.0.0.1:8124"), ("Sec-Fetch-Site", "same-origin")],
        [("Host", "[::1]:8080"), ("Origin", "http://[::1]:8080")],
        [("Host", "localhost:80"), ("Origin", "http://localhost")],
        [("Host", "localhost"), ("Origin", "https://localhost"), ("X-Forwarded-Proto", "https")],
        [("Host", "localhost"), ("Sec-Fetch-Site", "none")],
    ])
    func sameOriginFormPostGoesThrough(headers: [(String, String)]) async throws {
        try await WebTestSite.run { site in
            let host = headers.first { $0.0 == "Host" }?.1 ?? ""
            let response = try await site.post(
                "/partnerships", form: newPartnership,
                headers: WebTestSite.host(host, fields(headers.filter { $0.0 != "Host" })))

            #expect(response.status == .seeOther, "\(headers)")
            #expect(try await site.store.count() == 9)
        }
    }

    @Test func crossSiteConfirmationLeavesTheUploadWaiting() async throws {
        try await WebTestSite.run { site in
            let csv = "本地主体,外方城市英文名,国家\n南京,Tampere,FI\n"
            let report = try await ImportPagesTests.upload(site, ImportPagesTests.multipart(file: csv))
            let token = try #require(ImportPagesTests.token(report.text))

            let refused = try await site.post(
                "/import/confirm", form: [("token", token)], headers: [.origin: "http://attacker.example"])

            #expect(refused.status == .forbidden)
            #expect(try await site.store.count() == 8)
            #expect(try await site.pendingImports.count() == 1)
        }
    }

    @Test func hostNamesAreReadStrictly() {
        #expect(Authority(parsing: "Example.ORG.:8080") == Authority(parsing: "example.org:8080"))
        #expect(Authority(parsing: "[::1]")?.isLoopback == true)
        #expect(Authority(parsing: "127.0.0.1.attacker.example")?.isLoopback == false)
        #expect(Authority(parsing: "localhost.attacker.example")?.isLoopback == false)
        #expect(Authority(bindAddress: "::1")?.isLoopback == true)
        #expect(Authority(bindAddress: "0.0.0.0")?.isLoopback == false)
        #expect(WebOrigin(parsing: "http://localhost") == WebOrigin(parsing: "http://localhost:80"))
        #expect(WebOrigin(parsing: "http://localhost/path") == nil)
        #expect(WebOrigin(parsing: "file://localhost") == nil)
    }

    private func fields(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs { fields[HTTPFields.Element.Name(name)!] = value }
        return fields
    }
}
