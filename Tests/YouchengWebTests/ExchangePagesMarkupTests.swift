import Foundation
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// What the exchange pages render from the values they keep or name by hand: the partner filter's choices (kept
/// between requests while the registry's partners stay the same), and every cell of a dormant row and of an exchange
/// row.
@Suite struct ExchangePagesMarkupTests {
    /// The partner select's options as (value, selected, label), in page order.
    func partnerOptions(_ html: String) -> [(value: String, selected: Bool, label: String)] {
        guard let start = html.range(of: "<select id=\"filter-partner\" name=\"partner\">"),
            let end = html[start.upperBound...].range(of: "</select>")
        else { return [] }
        return html[start.upperBound..<end.lowerBound].components(separatedBy: "<option value=\"").dropFirst().map {
            option in
            let value = String(option.prefix { $0 != "\"" })
            let label = option.components(separatedBy: ">").dropFirst().first?.components(separatedBy: "<").first
            return (value, option.contains("\" selected>"), label ?? "")
        }
    }

    /// The markup of the table row that opens with `marker`, up to its end.
    func row(_ html: String, _ marker: String) -> String {
        guard let start = html.range(of: marker) else { return "" }
        let rest = html[start.lowerBound...]
        return String(rest[..<(rest.range(of: "</tr>")?.upperBound ?? rest.endIndex)])
    }

    @Test func thePartnerFilterListsEveryPartnerByNameInThePagesLanguageWithTheChosenOneSelected() async throws {
        try await WebTestSite.run { site in
            let leipzig = try await site.partnerId("Leipzig")

            let zh = partnerOptions(try await site.get("/exchanges").text)
            let en = partnerOptions(try await site.get("/exchanges?partner=\(leipzig)&lang=en").text)
            let again = partnerOptions(try await site.get("/exchanges?partner=\(leipzig)").text)

            // By code point of the Chinese name: 佛 4F5B, 名 540D, 圣 5723, 大 5927, 威 5A01, 布 5E03, 福 798F, 莱 83B1.
            #expect(
                zh.map(\.label) == [
                    "全部", "佛罗伦萨 (意大利)", "名古屋市 (日本)", "圣路易斯 (美国)", "大阪市 (日本)", "威尼斯 (意大利)",
                    "布隆方丹 (南非)", "福冈市 (日本)", "莱比锡 (德国)",
                ])
            #expect(zh.first?.value == "" && !zh.contains { $0.selected })
            #expect(
                en.map(\.label) == [
                    "Any", "Bloemfontein (South Africa)", "Florence (Italy)", "Fukuoka (Japan)", "Leipzig (Germany)",
                    "Nagoya (Japan)", "Osaka (Japan)", "St. Louis (United States)", "Venice (Italy)",
                ])
            #expect(en.filter(\.selected).map(\.value) == [String(leipzig)])
            // The kept choices again, in Chinese, with Leipzig chosen: only it is selected.
            #expect(again.map(\.label) == zh.map(\.label))
            #expect(again.filter(\.selected).map(\.label) == ["莱比锡 (德国)"])
        }
    }

    @Test func thePartnerFilterShowsAPartnerAddedOrRenamedSinceTheLastRequest() async throws {
        try await WebTestSite.run { site in
            _ = try await site.get("/exchanges")
            var draft = PartnershipDraft(
                homeCode: "320100", partnerName: "Tampere", partnerNameZh: "坦佩雷", country: "FI", kind: .sisterCity,
                established: PartialDate(year: 2025), status: .active, notes: "")
            let tampere = try await site.store.save(draft, id: nil, expectedVersion: nil, actor: .system)

            let added = partnerOptions(try await site.get("/exchanges").text)
            draft.partnerNameZh = "坦佩勒"
            _ = try await site.store.save(
                draft, id: tampere.partnership.id, expectedVersion: tampere.partnership.version, actor: .system)
            let renamed = partnerOptions(try await site.get("/exchanges").text)

            // 坦 (5766) sorts between 圣 (5723) and 大 (5927).
            #expect(added.map(\.label)[3...4] == ["圣路易斯 (美国)", "坦佩雷 (芬兰)"])
            #expect(added.count == 10 && added[4].value == String(tampere.partner.id))
            #expect(renamed[4].label == "坦佩勒 (芬兰)" && renamed.count == 10)
        }
    }

    @Test func aDormantRowShowsEachOfItsCells() async throws {
        try await WebTestSite.run { site in
            let stLouis = try #require(
                try await site.store.all(PartnershipQuery()).first { $0.partner.name == "St. Louis" })

            let html = try await site.get("/dormant").text

            let id = stLouis.partnership.id
            #expect(
                row(html, "<tr data-partnership-id=\"\(id)\">")
                    == "<tr data-partnership-id=\"\(id)\"><td><a href=\"/partnerships?home=320100\">南京市</a></td>"
                    + "<td><a href=\"/partners/\(stLouis.partner.id)\">圣路易斯</a></td><td>美国</td><td>1979年</td>"
                    + "<td class=\"last-exchange never\">从无交流记录</td></tr>")
        }
    }

    @Test func anExchangeRowShowsEachOfItsCells() async throws {
        try await WebTestSite.run { site in
            let unit = try await site.unitId(of: WebTestSite.adminName)
            let unitName = try #require(try await site.accounts.units.unit(id: unit)).nameZh
            let trip = try await site.addExchange(
                "B trip", start: "2024-06-10", end: "2024-06-12", kind: .outgoingDelegation,
                partners: ["Florence", "Leipzig"], countries: ["IT", "DE"], unit: unit, rank: .province, people: 5,
                domains: ["trade", "culture"])
            let (florence, leipzig) = (try await site.partnerId("Florence"), try await site.partnerId("Leipzig"))

            let html = row(try await site.get("/exchanges").text, "<tr data-exchange-id=\"\(trip.id)\"")

            let partners = [(florence, "佛罗伦萨"), (leipzig, "莱比锡")].sorted { $0.0 < $1.0 }
                .map { "<a href=\"/partners/\($0.0)\">\($0.1)</a> " }.joined()
            for cell in [
                "<td class=\"dates\">2024-06-10 – 2024-06-12</td>",
                "<td class=\"kind\" data-kind=\"outgoingDelegation\">\(ExchangeKind.outgoingDelegation.label.zh)</td>",
                "<td class=\"title\"><a href=\"/exchanges/\(trip.id)/edit\">B trip</a></td>",
                "<td class=\"people\">5</td>", "<td class=\"partners\">\(partners)</td>",
                "<td class=\"countries\">德国、意大利</td>", "<td class=\"unit\">\(unitName)</td>",
                "<td class=\"rank\">\(LeaderRank.province.label.zh)</td>", "<td class=\"domains\">文化、经贸</td>",
                "<a class=\"delete-link\" href=\"/exchanges/\(trip.id)/delete\">",
            ] {
                #expect(html.contains(cell), "\(cell)")
            }
            // Three days in two countries keeps the rules: no flag, no breach.
            #expect(html.contains("<td class=\"compliance\"></td>") && !html.contains("flagged"))
        }
    }
}
