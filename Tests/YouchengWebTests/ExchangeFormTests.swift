import Foundation
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// The exchange forms: create, edit and delete; refused fields beside each field with the input kept; a stale
/// version; compliance breaches shown but not blocking.
@Suite struct ExchangeFormTests {
    static func fields(
        title: String = "Nagoya mayor visits", start: String = "2025-04-01", end: String = "",
        kind: String = "incomingDelegation", partners: String = "名古屋市", countries: String = "日本", unit: String = "",
        members: String = "", extra: [(String, String)] = []
    ) -> [(String, String)] {
        [
            ("title", title), ("start", start), ("end", end), ("kind", kind), ("partners", partners),
            ("countries", countries), ("unit", unit), ("rank", "city"), ("people", "12"), ("domains", "trade"),
            ("domains", "culture"), ("outcomes", "MoU on ports"), ("members", members),
        ] + extra
    }

    @Test func createsAnExchangeAndRedirectsToTheListWithANotice() async throws {
        try await WebTestSite.run { site in
            let form = try await site.get("/exchanges/new")
            #expect(form.status == .ok)
            #expect(form.text.contains("name=\"_csrf\""))
            let unit = try await site.unitId(of: WebTestSite.adminName)

            let response = try await site.post(
                "/exchanges", form: Self.fields(partners: "名古屋市、Leipzig", countries: "JP, DE", unit: String(unit)))

            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            #expect(location.hasPrefix("/exchanges?saved="))
            let id = try #require(Int64(location.dropFirst("/exchanges?saved=".count)))
            let stored = try #require(try await site.exchanges.exchange(id: id))
            let nagoya = try await site.partnerId("Nagoya")
            let leipzig = try await site.partnerId("Leipzig")
            #expect(stored.draft.partnerIds == [nagoya, leipzig].sorted())
            #expect(stored.draft.countries == ["DE", "JP"] && stored.draft.domains == ["culture", "trade"])
            #expect(
                stored.draft.end == stored.draft.start && stored.draft.people == 12 && stored.draft.rank == .city
                    && stored.draft.unitId == unit)
            #expect(try await site.get(location).text.contains("Nagoya mayor visits"))
            let log = try await site.accounts.audit.entries(AuditQuery(entityType: .exchange))
            #expect(log.items.first?.actor == WebTestSite.adminName)
        }
    }

    @Test func refusedFieldsComeBackBesideTheFieldWithTheInputKept() async throws {
        try await WebTestSite.run { site in
            let response = try await site.post(
                "/exchanges",
                form: Self.fields(title: "", start: "2025-13-01", partners: "名古屋市、Atlantis", countries: "Narnia"))

            #expect(response.status == .unprocessableContent)
            let html = response.text
            #expect(html.contains("id=\"error-start\""))
            #expect(html.contains("id=\"error-title\""))
            #expect(html.contains("id=\"error-partners\"") && html.contains("「Atlantis」不是已登记的外方城市"))
            #expect(html.contains("id=\"error-countries\"") && html.contains("Narnia"))
            #expect(html.contains("value=\"名古屋市、Atlantis\""))
            #expect(html.contains("value=\"2025-13-01\""))
            #expect(try await site.exchanges.count() == 0)

            let backwards = try await site.post("/exchanges", form: Self.fields(start: "2025-04-05", end: "2025-04-01"))
            #expect(backwards.status == .unprocessableContent)
            #expect(backwards.text.contains("id=\"error-end\"") && backwards.text.contains("早于开始日期 2025-04-05"))
        }
    }

    @Test func anAmbiguousPartnerNameListsTheCandidates() async throws {
        try await WebTestSite.run { site in
            _ = try await site.store.save(
                PartnershipDraft(
                    homeCode: "320100", partnerName: "Florence", partnerNameZh: "佛罗伦斯", country: "US",
                    kind: .friendshipCity, established: nil, status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system)

            let response = try await site.post("/exchanges", form: Self.fields(partners: "Florence"))

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("「Florence」对应多个外方城市"))
            #expect(response.text.contains("(IT)") && response.text.contains("(US)"))
        }
    }

    @Test func membersAreForOutgoingDelegationsAndBreachesShowWithoutBlocking() async throws {
        try await WebTestSite.run { site in
            let refused = try await site.post(
                "/exchanges", form: Self.fields(members: "王明, 外办, 主任"))
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("id=\"error-members\""))

            let trip = Self.fields(
                title: "Trip to Nagoya", start: "2025-05-20", end: "2025-05-25", kind: "outgoingDelegation",
                members: "王明, 外办, 主任\n李华, 商务局")
            let saved = try await site.post("/exchanges", form: trip)
            #expect(saved.status == .seeOther)
            let location = try #require(saved.headers[.location])
            let list = try await site.get(location).text
            #expect(list.contains("出访 1 国共 6 天"))
            let id = try #require(Int64(location.dropFirst("/exchanges?saved=".count)))
            let stored = try #require(try await site.exchanges.exchange(id: id))
            #expect(
                stored.draft.members == [
                    DelegationMember(name: "王明", unit: "外办", title: "主任"), DelegationMember(name: "李华", unit: "商务局"),
                ])
            let edit = try await site.get("/exchanges/\(id)/edit").text
            #expect(edit.contains("id=\"compliance\"") && edit.contains("出访 1 国共 6 天"))
            #expect(edit.contains("王明, 外办, 主任"))
        }
    }

    @Test func editingAtAStaleVersionIsRefusedWithAReopenLink() async throws {
        try await WebTestSite.run { site in
            let stored = try await site.addExchange("Old title", start: "2025-04-01", partners: ["Nagoya"])
            let form = try await site.get("/exchanges/\(stored.id)/edit")
            #expect(form.text.contains("name=\"version\" value=\"1\""))
            #expect(form.text.contains("value=\"名古屋市\""))
            let first = try await site.post(
                "/exchanges/\(stored.id)", form: Self.fields(title: "First change") + [("version", "1")])
            #expect(first.status == .seeOther)

            let second = try await site.post(
                "/exchanges/\(stored.id)", form: Self.fields(title: "Second change") + [("version", "1")])

            #expect(second.status == .conflict)
            #expect(second.text.contains("已被他人修改"))
            #expect(second.text.contains("href=\"/exchanges/\(stored.id)/edit\""))
            #expect(second.text.contains("value=\"Second change\""))
            #expect(try await site.exchanges.exchange(id: stored.id)?.draft.title == "First change")
            // What changed meanwhile, under the form's labels, and the old version kept (a resubmit is refused).
            #expect(second.text.contains("id=\"changed-meanwhile\""))
            #expect(second.text.contains("<tr><th scope=\"row\">主题</th><td>Old title</td><td>First change</td></tr>"))
            #expect(second.text.contains("name=\"version\" value=\"1\""))
        }
    }

    @Test func deletingAsksFirstThenDeletes() async throws {
        try await WebTestSite.run { site in
            let stored = try await site.addExchange("To delete", start: "2025-04-01")
            let confirm = try await site.get("/exchanges/\(stored.id)/delete")
            #expect(confirm.status == .ok && confirm.text.contains("To delete"))
            let stale = try await site.post("/exchanges/\(stored.id)/delete", form: [("version", "7")])
            #expect(stale.status == .conflict)

            let response = try await site.post("/exchanges/\(stored.id)/delete", form: [("version", "1")])

            #expect(response.status == .seeOther)
            #expect(try await site.exchanges.exchange(id: stored.id) == nil)
            #expect(try await site.get("/exchanges/\(stored.id)/edit").status == .notFound)
        }
    }
}
