import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// `/projects`, its forms, the project page's stage and note forms, the funnel, the exports and the projects API:
/// editors write their own unit's projects, viewers read, a stale version is a 409, a refused form keeps its input.
@Suite struct ProjectPagesTests {
    func object(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    func send(_ site: WebTestSite, _ username: String, _ method: HTTPRequest.Method, _ uri: String, _ body: String)
        async throws -> TestResponse
    {
        let token = try await site.accounts.tokens.create(username: username, name: "t", by: .system).plaintext
        return try await site.signedOut.execute(
            uri: uri, method: method, headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
            body: ByteBuffer(string: body))
    }

    /// A project of `unit` with Leipzig at `stage` since `date`.
    func project(
        _ site: WebTestSite, unit: Int64, title: String = "皮革产业园", stage: ProjectStage = .intent,
        date: String = "2026-01-01"
    ) async throws -> CooperationProject {
        try await site.services.projects.create(
            ProjectDraft(
                title: title, partnerIds: [try await site.partnerId("Leipzig")], unitId: unit, kind: .investment,
                agreed: Money(hundredths: 100_000_000), currency: "EUR"),
            stage: stage, date: Day(parsing: date)!, by: .system)
    }

    @Test func anEditorRecordsAProjectForTheirUnitByPartnerNameAndNotForAnother() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            let bob = site.as(try await site.signIn("bob"))
            let own = try await site.unitId(of: "bob")
            let other = try await site.unitId(of: "admin")
            func form(_ unit: Int64) -> [(String, String)] {
                [
                    ("title", "友城农产品直通车"), ("partners", "莱比锡、Florence"), ("unit", String(unit)), ("kind", "trade"),
                    ("stage", "lead"), ("date", "2026-03-01"), ("agreed", "1,000,000.5"), ("currency", "usd"),
                ]
            }

            let saved = try await bob.post("/projects", form: form(own))
            let refused = try await bob.post("/projects", form: form(other))

            #expect(saved.status == .seeOther)
            #expect(refused.status == .forbidden)
            let stored = try #require(
                try await site.services.projects.list(ProjectQuery(), days: 90, asOf: Day(parsing: "2026-03-02")!).items
                    .first)
            #expect(
                stored.draft.partnerIds == [try await site.partnerId("Leipzig"), try await site.partnerId("Florence")])
            #expect(stored.draft.currency == "USD" && stored.draft.agreed == Money(hundredths: 100_000_050))
            #expect(saved.headers[.location] == "/projects/\(stored.id)?saved=1")
            let page = try await bob.get("/projects/\(stored.id)").text
            #expect(page.contains("友城农产品直通车") && page.contains("id=\"stage-form\""))
        }
    }

    @Test func aRefusedFormKeepsTheInputAndAStaleEditIsAConflict() async throws {
        try await WebTestSite.run { site in
            let admin = try await site.unitId(of: "admin")
            let p = try await project(site, unit: admin)
            let bad = try await site.post(
                "/projects",
                form: [("title", "保留的名称"), ("partners", "不存在的城市"), ("unit", String(admin)), ("kind", "trade")])
            _ = try await site.services.projects.addNote(
                id: p.id, date: Day(parsing: "2026-01-02")!, text: "跟进", today: Day(parsing: "2026-12-31")!, by: .system
            )
            let stale = try await site.post(
                "/projects/\(p.id)/edit",
                form: [
                    ("version", "1"), ("title", "新名称"), ("partners", "Leipzig"), ("unit", String(admin)),
                    ("kind", "trade"),
                ])

            #expect(bad.status == .unprocessableContent)
            #expect(bad.text.contains("value=\"保留的名称\"") && bad.text.contains("id=\"error-partners\""))
            #expect(stale.status == .conflict && stale.text.contains("id=\"form-error\""))
            #expect(try await site.services.projects.project(id: p.id)?.draft.title == "皮革产业园")
        }
    }

    @Test func aStepBackFromThePageNeedsAReason() async throws {
        try await WebTestSite.run { site in
            let p = try await project(site, unit: try await site.unitId(of: "admin"), stage: .signed)
            let uri = "/projects/\(p.id)/stage"

            let without = try await site.post(
                uri, form: [("version", "1"), ("stage", "intent"), ("date", "2026-02-01")])
            let with = try await site.post(
                uri, form: [("version", "1"), ("stage", "intent"), ("date", "2026-02-01"), ("reason", "重新谈判")])

            #expect(without.status == .unprocessableContent && without.text.contains("id=\"error-reason\""))
            #expect(with.status == .seeOther && with.headers[.location] == "/projects/\(p.id)?moved=1#timeline")
            let stored = try #require(try await site.services.projects.project(id: p.id))
            #expect(stored.history.map(\.stage) == [.signed, .intent] && stored.history.last?.reason == "重新谈判")
        }
    }

    @Test func theAPIListsStalledProjectsAsOfADayAndWritesWithVersions() async throws {
        try await WebTestSite.run { site in
            let admin = try await site.unitId(of: "admin")
            let quiet = try await project(site, unit: admin, title: "安静", date: "2026-01-01")
            _ = try await project(site, unit: admin, title: "活跃", date: "2026-03-01")
            let leipzig = try await site.partnerId("Leipzig")

            // With 90 days as of 2026-04-02 the cutoff is 2026-01-01: only the quiet one is stalled.
            let listed = try await site.get("/api/v1/projects?stalled=true&days=90&asOf=2026-04-02")
            let created = try await send(
                site, WebTestSite.adminName, .post, "/api/v1/projects",
                #"{"title": "远程医疗", "partners": [\#(leipzig)], "unit": \#(admin), "kind": "health", "agreed": "20.5", "date": "2026-02-01"}"#
            )
            let noVersion = try await send(
                site, WebTestSite.adminName, .patch, "/api/v1/projects/\(quiet.id)", #"{"title": "改"}"#)
            let stale = try await send(
                site, WebTestSite.adminName, .patch, "/api/v1/projects/\(quiet.id)", #"{"title": "改", "version": 9}"#)
            let patched = try await send(
                site, WebTestSite.adminName, .patch, "/api/v1/projects/\(quiet.id)", #"{"title": "改", "version": 1}"#)

            let items = try #require(try object(listed)["items"] as? [[String: Any]])
            #expect(items.map { $0["title"] as? String } == ["安静"] && items.first?["stalled"] as? Bool == true)
            #expect(try object(listed)["total"] as? Int == 1)
            let agreed = try object(created)["agreed"] as? String
            #expect(created.status == .created && agreed == "20.50")
            #expect(noVersion.status == .unprocessableContent && stale.status == .conflict)
            let version = try object(patched)["version"] as? Int
            #expect(patched.status == .ok && version == 2)
        }
    }

    @Test func aViewerReadsWithoutFormsAndTheExportsHoldTheFilteredRows() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("vera", role: .viewer)
            let vera = site.as(try await site.signIn("vera"))
            let admin = try await site.unitId(of: "admin")
            let p = try await project(site, unit: admin, title: "导出=项目")
            _ = try await project(site, unit: admin, title: "线索项目", stage: .lead)

            let page = try await vera.get("/projects/\(p.id)").text
            let csv = try await vera.get("/projects.csv?stage=intent")
            let xlsx = try await vera.get("/projects.xlsx")
            let funnel = try await vera.get("/projects/funnel").text
            let list = try await vera.get("/projects?stage=intent").text

            #expect(!page.contains("id=\"stage-form\"") && !page.contains("id=\"project-edit\""))
            let text = String(buffer: csv.body)
            // Only the intent project is in the file; funnel: 1 of 2 reached intent = 50 %.
            #expect(text.contains("项目名称") && text.contains("导出=项目") && !text.contains("线索项目"))
            #expect(xlsx.status == .ok)
            #expect(funnel.contains("id=\"funnel-chart-svg\"") && funnel.contains("50%"))
            #expect(list.contains("导出=项目") && !list.contains("线索项目"))
            let partner = try await vera.get("/partners/\(try await site.partnerId("Leipzig"))").text
            #expect(partner.contains("id=\"partner-projects-table\"") && partner.contains("导出=项目"))
        }
    }
}
