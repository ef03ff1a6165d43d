import Foundation
import Testing
import YouchengCore

@testable import YouchengWeb

/// Two of axe-core's rules that the HTML alone decides, checked on every crawled page so they hold where the browser
/// tests (which run axe itself) cannot run: `dlitem` (a `<dt>` or `<dd>` directly inside its `<dl>`) and `region`
/// (the demo banner is a landmark of its own).
@Suite struct AccessibleMarkupTests {
    @Test func everyTermAndDescriptionSitsDirectlyInADescriptionList() async throws {
        try await WebTestSite.run(demo: { true }) { site in
            try await site.addExchange("Nagoya visit", start: "2024-05-01", partners: ["Nagoya"])
            var misplaced: [String] = []
            var withItems: Set<WebRoute> = []
            _ = try await SiteCrawl.run(site) { link, response in
                let (all, placed) = Self.countItems(response.text)
                if all != placed { misplaced.append("\(link): \(all - placed) of \(all)") }
                let path = HTMLScan.split(link).0
                if all > 0, let route = SiteCrawl.route(path: path, method: .get) { withItems.insert(route) }
            }

            #expect(misplaced.isEmpty)
            // The pages that have such lists were reached (else the check above proves nothing).
            let expected: Set<WebRoute> = [
                WebRoute(RegistryRoute.overview), WebRoute(RegistryRoute.partner(id: 0)),
                WebRoute(ExchangeRoute.activity), WebRoute(RegistryRoute.deletePartnershipConfirm(id: 0)),
                WebRoute(ExchangeRoute.deleteExchangeConfirm(id: 0)),
            ]
            #expect(withItems.isSuperset(of: expected))
        }
    }

    @Test func partnerWithoutAChineseNameHasNoEmptyLinkInTheList() async throws {
        try await WebTestSite.run { site in
            let form = [("home", "南京"), ("partner", "Tampere"), ("country", "芬兰"), ("kind", "friendshipCity")]
            _ = try await site.post("/partnerships", form: form)
            let stored = try #require(
                try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Tampere" })

            let list = try await site.get("/partnerships?q=Tampere")

            let link = "<a href=\"/partners/\(stored.partner.id)\">"
            #expect(list.text.contains("<td class=\"partner-zh\" lang=\"zh-Hans\"></td>"))
            #expect(list.text.contains("<td class=\"partner-en\">\(link)Tampere</a></td>"))
            #expect(list.text.components(separatedBy: link).count == 2, "one link to the partner, with its name")
        }
    }

    @Test func importReportAndResultFiguresSitDirectlyInTheirLists() async throws {
        try await WebTestSite.run { site in
            let csv = "外方城市,外方城市英文名,国家,类型,结好时间\n坦佩雷,Tampere,芬兰,友好交流城市,2019\n"
            let report = try await ImportPagesTests.upload(site, ImportPagesTests.multipart(file: csv, home: "南京"))
            let token = try #require(ImportPagesTests.token(report.text))
            let result = try await site.post("/import/confirm", form: [("token", token)])

            // Five figures (new, updated, unchanged, wrong, new partners): five terms and five descriptions.
            #expect(Self.countItems(report.text) == (10, 10))
            #expect(result.text.contains("id=\"import-result\" data-stored=\"true\""))
            #expect(Self.countItems(result.text) == (10, 10))
        }
    }

    @Test func demoBannerIsALabelledLandmark() async throws {
        try await WebTestSite.run(demo: { true }) { site in
            let chinese = try await site.get("/")
            let english = try await site.get("/?lang=en")

            #expect(chinese.text.contains("<section id=\"demo-banner\" class=\"demo-banner\" aria-label=\"演示数据说明\">"))
            #expect(
                english.text.contains(
                    "<section id=\"demo-banner\" class=\"demo-banner\" aria-label=\"About the demo data\">"))
        }
    }

    /// How many `<dt>` and `<dd>` tags `html` has, and how many of them follow straight on (whitespace aside) from a
    /// `<dl>` start tag or the end of a `<dt>` or `<dd>`.
    static func countItems(_ html: String) -> (all: Int, placed: Int) {
        let item = #/<d[td][\s>]/#
        let placed = #/(<dl[\s>][^<]*|</dt>|</dd>)\s*<d[td][\s>]/#
        return (html.matches(of: item).count, html.matches(of: placed).count)
    }
}
