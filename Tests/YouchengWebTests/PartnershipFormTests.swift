import Foundation
import Testing
import YouchengCore

@Suite struct PartnershipFormTests {
    let valid: [(String, String)] = [
        ("home", "南京"), ("partner", "Tampere"), ("partner_zh", "坦佩雷"), ("country", "芬兰"),
        ("kind", "friendshipCity"), ("established", "2019年5月"), ("status", "active"), ("notes", "经贸"),
    ]

    func replacing(_ name: String, with value: String) -> [(String, String)] {
        valid.map { $0.0 == name ? ($0.0, value) : $0 }
    }

    @Test func newFormHasEveryFieldAndTheDatalists() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships/new")

            #expect(response.status == .ok)
            for name in ["home", "partner", "partner_zh", "country", "kind", "established", "status", "notes"] {
                #expect(response.text.contains("name=\"\(name)\""))
            }
            #expect(
                response.text.contains(
                    "<form id=\"partnership-form\" class=\"record-form\" method=\"post\" action=\"/partnerships\""))
            #expect(response.text.contains("<datalist id=\"country-options\">"))
            #expect(response.text.contains("<option value=\"芬兰\">FI</option>"))
        }
    }

    @Test func createRedirectsToThePartnerPage() async throws {
        try await WebTestSite.run { site in
            let response = try await site.post("/partnerships", form: valid)

            #expect(response.status == .seeOther)
            let location = try #require(response.headers[.location])
            let stored = try #require(
                try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Tampere" })
            #expect(location == "/partners/\(stored.partner.id)?saved=\(stored.partnership.id)")
            #expect(stored.partnership.established == PartialDate(year: 2019, month: 5))
            let page = try await site.get(location)
            #expect(page.text.contains("id=\"saved-notice\""))
        }
    }

    @Test func badDateReRendersWithTheFieldErrorKeepsInputAndStoresNothing() async throws {
        try await WebTestSite.run { site in
            let before = try await site.store.count()

            let response = try await site.post("/partnerships", form: replacing("established", with: "2019-13-45"))

            #expect(response.status == .unprocessableContent)
            #expect(
                response.text.contains("<p class=\"field-error\" id=\"error-established\">结好时间「2019-13-45」不是有效日期</p>"))
            #expect(response.text.contains("value=\"2019-13-45\""))
            #expect(response.text.contains("value=\"Tampere\"") && response.text.contains("value=\"坦佩雷\""))
            #expect(response.text.contains(">经贸</textarea>"))
            #expect(response.text.contains("<option value=\"friendshipCity\" selected>"))
            #expect(try await site.store.count() == before)
        }
    }

    @Test func everyBadFieldIsMarkedAtOnce() async throws {
        try await WebTestSite.run { site in
            let response = try await site.post(
                "/partnerships", form: [("home", "鼓楼区"), ("country", "Atlantis"), ("partner", ""), ("partner_zh", "")])

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("id=\"error-home\""))
            #expect(response.text.contains("id=\"error-country\""))
            #expect(response.text.contains("id=\"error-partner\""))
            #expect(response.text.contains("320106"))  // the candidates of an ambiguous home, with codes
        }
    }

    @Test func editingWithAStaleVersionIsRefusedAndKeepsTheInput() async throws {
        try await WebTestSite.run { site in
            let record = try #require(
                try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Venice" })
            let form: [(String, String)] = [
                ("home", "苏州市"), ("partner", "Venice"), ("partner_zh", "威尼斯"), ("country", "IT"),
                ("kind", "sisterCity"), ("established", "1980"), ("status", "active"),
            ]
            let first = try await site.post(
                "/partnerships/\(record.partnership.id)",
                form: form + [("notes", "first"), ("version", String(record.partnership.version))])

            let second = try await site.post(
                "/partnerships/\(record.partnership.id)",
                form: form + [("notes", "second"), ("version", String(record.partnership.version))])

            #expect(first.status == .seeOther)
            #expect(second.status == .conflict)
            #expect(second.text.contains("id=\"form-error\""))
            #expect(second.text.contains(">second</textarea>"))
            #expect(second.text.contains("href=\"/partnerships/\(record.partnership.id)/edit\""))
            #expect(try await site.store.partnership(id: record.partnership.id)?.partnership.notes == "first")
        }
    }

    @Test func staleFormShowsWhatChangedMeanwhileAndASecondSaveKeepsTheUsersInput() async throws {
        try await WebTestSite.run { site in
            let venice = try #require(
                try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Venice" })
            let id = venice.partnership.id
            var other = PartnershipForm(record: venice)
            other.status = "suspended"
            let draft = try other.validate(reference: .bundled).get()
            _ = try await site.store.save(
                draft, id: id, expectedVersion: 1, actor: AuditActor(username: "colleague", unitId: nil))
            let form: [(String, String)] = [
                ("home", "苏州市"), ("partner", "Venice"), ("partner_zh", "威尼斯"), ("country", "IT"),
                ("kind", "sisterCity"), ("established", "1980"), ("status", "active"), ("notes", "mine"),
            ]

            let stale = try await site.post("/partnerships/\(id)", form: form + [("version", "1")])

            #expect(stale.status == .conflict)
            #expect(stale.text.contains("id=\"changed-meanwhile\""))
            // The field, its value when the form was opened and now, and who changed it.
            #expect(stale.text.contains("<tr><th scope=\"row\">状态</th><td>有效</td><td>暂停</td><td>暂停</td></tr>"))
            #expect(stale.text.contains("colleague"))
            #expect(stale.text.contains("<input type=\"hidden\" name=\"version\" value=\"2\">"))
            #expect(stale.text.contains(">mine</textarea>"))
            // The form now holds the colleague's status, which the user had left alone.
            #expect(stale.text.contains("<option value=\"suspended\" selected>"))
            #expect(try await site.store.partnership(id: id)?.partnership.status == .suspended)

            // The user saves the form as it now reads.
            let shown = form.map { $0.0 == "status" ? ("status", "suspended") : $0 }
            let again = try await site.post("/partnerships/\(id)", form: shown + [("version", "2")])

            #expect(again.status == .seeOther)
            let stored = try await site.store.partnership(id: id)
            // The colleague's status stays (the user left it alone); the user's notes are stored.
            #expect(stored?.partnership.status == .suspended && stored?.partnership.notes == "mine")
        }
    }

    @Test func aFieldBothChangedKeepsTheUsersValueAndIsMarked() async throws {
        try await WebTestSite.run { site in
            let venice = try #require(
                try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Venice" })
            var other = PartnershipForm(record: venice)
            other.status = "suspended"
            _ = try await site.store.save(
                try other.validate(reference: .bundled).get(), id: venice.partnership.id, expectedVersion: 1,
                actor: .system)
            var mine = PartnershipForm(record: venice)
            mine.status = "ended"

            let stale = try await site.post(
                "/partnerships/\(venice.partnership.id)",
                form: mine.fields.map { ($0.key, $0.value) } + [("version", "1")])

            #expect(stale.status == .conflict)
            #expect(
                stale.text.contains(
                    "<tr class=\"conflict\"><th scope=\"row\">状态</th><td>有效</td><td>暂停</td><td>终止 <strong"))
            #expect(stale.text.contains("<option value=\"ended\" selected>"))
        }
    }

    @Test func editFormCarriesTheVersion() async throws {
        try await WebTestSite.run { site in
            let record = try #require(try await site.store.all(PartnershipQuery()).first)

            let response = try await site.get("/partnerships/\(record.partnership.id)/edit")

            #expect(response.status == .ok)
            #expect(
                response.text.contains(
                    "<input type=\"hidden\" name=\"version\" value=\"\(record.partnership.version)\">"))
            #expect(response.text.contains("action=\"/partnerships/\(record.partnership.id)\""))
        }
    }

    @Test func duplicatePairIsAConflictThatLinksToTheExistingRecord() async throws {
        try await WebTestSite.run { site in
            let existing = try #require(
                try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Nagoya" })

            let response = try await site.post(
                "/partnerships",
                form: [
                    ("home", "320100"), ("partner", "Nagoya"), ("country", "JP"), ("kind", "sisterCity"),
                    ("status", "active"),
                ])

            #expect(response.status == .conflict)
            #expect(
                response.text.contains("id=\"form-error-link\" href=\"/partnerships/\(existing.partnership.id)/edit\""))
        }
    }
}
