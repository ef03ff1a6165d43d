import Foundation
import Hummingbird
import Testing

@testable import YouchengWeb

@Suite struct SecurityHeadersTests {
    static let contentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; "
        + "form-action 'self'; base-uri 'none'"

    @Test(arguments: [
        "/", "/partnerships", "/partnerships.csv", "/import", "/static/app.css", "/api/v1/summary", "/health",
        "/nowhere", "/partnerships?page=-1",
    ])
    func everyResponseCarriesTheSecurityHeaders(uri: String) async throws {
        try await WebTestSite.run { site in
            let response = try await site.get(uri)

            #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
            #expect(response.headers[HTTPFields.Element.Name("X-Frame-Options")!] == "DENY", "\(uri)")
            #expect(response.headers[HTTPFields.Element.Name("Referrer-Policy")!] == "same-origin", "\(uri)")
            #expect(response.headers[.contentSecurityPolicy] == Self.contentSecurityPolicy, "\(uri)")
        }
    }

    @Test func refusedRequestsCarryThemToo() async throws {
        try await WebTestSite.run { site in
            let foreign = try await site.get("/", headers: WebTestSite.host("attacker.example"))
            let crossSite = try await site.post(
                "/partnerships", form: [("home", "南京")], headers: [.origin: "http://attacker.example"])

            #expect(foreign.headers[.contentSecurityPolicy] == Self.contentSecurityPolicy)
            #expect(crossSite.headers[.contentSecurityPolicy] == Self.contentSecurityPolicy)
        }
    }

    /// The policy allows no inline style or script: a template with one would lose it in the browser.
    @Test func templatesUseNoInlineStylesScriptsOrOutsideResources() throws {
        let resources = try WebResources.directory
        let templates = resources.appendingPathComponent("Templates")
        let forbidden = try Regex(#"(?i)\sstyle\s*=|<style|<script|\son[a-z]+\s*=|javascript:|https?://"#)
        for file in try FileManager.default.contentsOfDirectory(atPath: templates.path) {
            let text = try String(contentsOf: templates.appendingPathComponent(file), encoding: .utf8)
            #expect(text.firstMatch(of: forbidden) == nil, "\(file)")
        }
        let css = try String(contentsOf: resources.appendingPathComponent("Static/app.css"), encoding: .utf8)
        #expect(css.firstMatch(of: try Regex(#"(?i)@import|url\(\s*['"]?https?:"#)) == nil)
        #expect(css.contains(".visually-hidden {"))
    }
}
