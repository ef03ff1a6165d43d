import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/map`, `/map/china` and the partner page's coordinates, on the sample registry of `WebTestSite`.
@Suite struct MapPagesTests {
    static func count(_ needle: String, in text: String) -> Int { text.components(separatedBy: needle).count - 1 }

    /// The partner ids of the markers, in page order.
    static func markerIds(_ html: String) -> [Int64] {
        html.components(separatedBy: "<circle data-partner-id=\"").dropFirst().compactMap {
            Int64($0.prefix { $0.isNumber })
        }
    }

    /// Clears every sample partner's coordinates (the import matched them in GeoNames), then sets `set`'s by hand.
    static func place(_ site: WebTestSite, only set: [String: (String, String)]) async throws -> [String: Int64] {
        let ids = Dictionary(uniqueKeysWithValues: try await site.store.partners().map { ($0.name, $0.id) })
        for id in ids.values {
            #expect(try await site.post("/partners/\(id)/place", form: [("clear", "1")]).status == .seeOther)
        }
        for (name, point) in set {
            let response = try await site.post(
                "/partners/\(ids[name]!)/place", form: [("lat", point.0), ("lon", point.1)])
            #expect(response.status == .seeOther)
        }
        return ids
    }

    @Test func worldMapHasOnePathPerFeatureShadedByCount() async throws {
        try await WebTestSite.run { site in
            let html = try await site.get("/map").text

            #expect(Self.count("<path data-iso=", in: html) == WorldMap.bundled.features.count)
            // Not ended or ended alike (no filter): JP 3, IT 2, US 1, DE 1, ZA 1; largest 3, so ⌈5·n/3⌉.
            #expect(html.contains("data-iso=\"JP\" class=\"shade-5\""))
            #expect(html.contains("data-iso=\"IT\" class=\"shade-4\""))
            #expect(html.contains("data-iso=\"US\" class=\"shade-2\""))
            #expect(html.contains("data-iso=\"FR\" class=\"shade-0\""))
            #expect(html.contains("<svg id=\"world-map\" class=\"world-map\" role=\"img\" aria-labelledby=\"map-title"))
            #expect(html.contains("id=\"filter-form\""))
            #expect(html.contains("id=\"nav-map\""))
        }
    }

    @Test func oneMarkerPerPartnerWithCoordinatesLinkingToItsPage() async throws {
        try await WebTestSite.run { site in
            let ids = try await Self.place(site, only: ["Nagoya": ("35.18", "136.91"), "Venice": ("45.44", "12.33")])

            let html = try await site.get("/map").text
            let filtered = try await site.get("/map?country=IT").text

            #expect(Self.markerIds(html) == [ids["Nagoya"]!, ids["Venice"]!].sorted())
            #expect(html.contains("<a href=\"/partners/\(ids["Nagoya"]!)\">"))
            #expect(html.contains("marker marker-sister"))
            #expect(Self.markerIds(filtered) == [ids["Venice"]!])
        }
    }

    @Test func chinaViewCountsHomesAndNamesTheBusiestCitysDistrictsWithout() async throws {
        try await WebTestSite.run { site in
            let html = try await site.get("/map/china").text

            // Not ended: 南京市 itself 5 (Nagoya, Fukuoka, St. Louis, Leipzig, suspended Florence; Bloemfontein is
            // ended), 鼓楼区 1 (Osaka), 苏州市 1 (Venice). Nanjing has 11 districts; only Gulou has a partner.
            #expect(html.contains("南京市：11 个区县中有 10 个尚无友城。"))
            #expect(
                html.contains(
                    "<tr data-code=\"320100\"><td><a href=\"/partnerships?home=320100&amp;status=active&amp;status=suspended\">南京市</a></td><td>市级</td><td class=\"num\">5</td>"
                ))
            #expect(html.contains("<tr data-code=\"320106\"><td><a"))
            #expect(Self.count("<tr data-code=", in: html) == 3 + 11)
            #expect(Self.count("class=\"none\"", in: html) == 10)
            let suzhou = try await site.get("/map/china?home=苏州市&lang=en").text
            #expect(suzhou.contains("Suzhou: 10 of 10 districts and counties have no partner yet."))
        }
    }

    @Test func badParametersAreBilingual400s() async throws {
        try await WebTestSite.run { site in
            let zh = try await site.get("/map/china?home=不存在市")
            let en = try await site.get("/map/china?home=%E4%B8%8D%E5%AD%98%E5%9C%A8%E5%B8%82&lang=en")
            let filter = try await site.get("/map?from=abc")

            #expect(zh.status == .badRequest && zh.text.contains("不是已知的本地主体"))
            #expect(en.status == .badRequest && en.text.contains("is not a known locality"))
            #expect(filter.status == .badRequest && filter.text.contains("id=\"error-from\""))
        }
    }

    @Test func coordinatesFormRefusesOutOfRangeValuesBesideTheFields() async throws {
        try await WebTestSite.run { site in
            let id = try await site.store.partners()[0].id

            let response = try await site.post("/partners/\(id)/place", form: [("lat", "95"), ("lon", "200")])
            let viewer = try await site.createUser("reader", role: .viewer)
            let refused = try await site.as(try await site.signIn(viewer.username)).post(
                "/partners/\(id)/place", form: [("lat", "1"), ("lon", "1")])

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("id=\"error-lat\"") && response.text.contains("id=\"error-lon\""))
            #expect(refused.status == .forbidden)
        }
    }
}
