import Foundation
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// Who may do what with exchanges, enforced by the handlers: viewers read, editors write their own unit's
/// exchanges only, every POST needs the session's CSRF token.
@Suite struct ExchangeAccessTests {
    @Test func viewersReadTheListAndExportsButNoFormOrPost() async throws {
        try await WebTestSite.run { site in
            let stored = try await site.addExchange("Visit", start: "2025-04-01")
            try await site.createUser("viewer", role: .viewer)
            let viewer = site.as(try await site.signIn("viewer"))

            #expect(try await viewer.get("/exchanges").status == .ok)
            #expect(try await viewer.get("/exchanges.csv").status == .ok)
            #expect(try await viewer.get("/exchanges.xlsx").status == .ok)
            #expect(!(try await viewer.get("/exchanges").text.contains("/exchanges/\(stored.id)/edit")))
            for uri in ["/exchanges/new", "/exchanges/\(stored.id)/edit", "/exchanges/\(stored.id)/delete"] {
                #expect(try await viewer.get(uri).status == .forbidden, "\(uri)")
            }
            let form = ExchangeFormTests.fields()
            #expect(try await viewer.post("/exchanges", form: form).status == .forbidden)
            #expect(
                try await viewer.post("/exchanges/\(stored.id)", form: form + [("version", "1")]).status == .forbidden)
            #expect(
                try await viewer.post("/exchanges/\(stored.id)/delete", form: [("version", "1")]).status == .forbidden)
            #expect(try await site.exchanges.count() == 1)
        }
    }

    @Test func editorsWriteOnlyTheirOwnUnitsExchanges() async throws {
        try await WebTestSite.run { site in
            let adminUnit = try await site.unitId(of: WebTestSite.adminName)
            let theirs = try await site.addExchange("Admin unit visit", start: "2025-04-01", unit: adminUnit)
            try await site.createUser("editor", role: .editor, home: "南京市鼓楼区")
            let editor = site.as(try await site.signIn("editor"))
            let own = try await site.unitId(of: "editor")

            #expect(try await editor.get("/exchanges/\(theirs.id)/edit").status == .forbidden)
            #expect(try await editor.get("/exchanges/\(theirs.id)/delete").status == .forbidden)
            #expect(
                try await editor.post(
                    "/exchanges/\(theirs.id)", form: ExchangeFormTests.fields(unit: String(own)) + [("version", "1")]
                )
                .status == .forbidden)
            #expect(
                try await editor.post("/exchanges/\(theirs.id)/delete", form: [("version", "1")]).status == .forbidden)
            let elsewhere = try await editor.post("/exchanges", form: ExchangeFormTests.fields(unit: String(adminUnit)))
            #expect(elsewhere.status == .unprocessableContent || elsewhere.status == .forbidden)
            let form = try await editor.get("/exchanges/new").text
            #expect(form.contains("value=\"\(own)\" selected") && !form.contains("value=\"\(adminUnit)\""))

            let created = try await editor.post("/exchanges", form: ExchangeFormTests.fields(unit: String(own)))
            #expect(created.status == .seeOther)
            let mine = try #require(try await site.exchanges.all(ExchangeQuery()).first { $0.draft.unitId == own })
            let moved = try await editor.post(
                "/exchanges/\(mine.id)", form: ExchangeFormTests.fields(unit: String(adminUnit)) + [("version", "1")])
            #expect(moved.status == .unprocessableContent || moved.status == .forbidden)
            let edited = try await editor.post(
                "/exchanges/\(mine.id)",
                form: ExchangeFormTests.fields(title: "Renamed", unit: String(own)) + [("version", "1")])
            #expect(edited.status == .seeOther)
            #expect(try await site.exchanges.exchange(id: mine.id)?.draft.unitId == own)
            #expect(try await editor.post("/exchanges/\(mine.id)/delete", form: [("version", "2")]).status == .seeOther)
            #expect(try await site.exchanges.exchange(id: theirs.id)?.draft.title == "Admin unit visit")
        }
    }

    @Test func everyPostNeedsTheSessionsCSRFToken() async throws {
        try await WebTestSite.run { site in
            let stored = try await site.addExchange("Visit", start: "2025-04-01")
            let bad = [("_csrf", "forged")]

            #expect(try await site.post("/exchanges", form: ExchangeFormTests.fields() + bad).status == .forbidden)
            #expect(
                try await site.post(
                    "/exchanges/\(stored.id)", form: ExchangeFormTests.fields() + [("version", "1")] + bad
                )
                .status == .forbidden)
            #expect(
                try await site.post("/exchanges/\(stored.id)/delete", form: [("version", "1")] + bad).status
                    == .forbidden)
            #expect(try await site.exchanges.count() == 1)
            #expect(try await site.exchanges.exchange(id: stored.id)?.version == 1)
        }
    }
}
