import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// `/projects/import`: a check stores nothing and says how many rows can be imported; an import stores every row or
/// none; an editor's file naming another unit is refused whole, the row named; readers cannot open the form.
@Suite struct ProjectImportPagesTests {
    /// A multipart body with the session's token, the file and, when `dryRun`, the "check only" box.
    static func body(_ csv: String, dryRun: Bool, csrf: String) -> ByteBuffer {
        let boundary = ImportPagesTests.boundary
        var body = "--\(boundary)\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\(csrf)\r\n"
        if dryRun { body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"dryRun\"\r\n\r\n1\r\n" }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"projects.csv\"\r\n"
        body += "Content-Type: text/csv\r\n\r\n\(csv)\r\n--\(boundary)--\r\n"
        return ByteBuffer(string: body)
    }

    static func upload(_ site: WebTestSite, _ csv: String, dryRun: Bool) async throws -> TestResponse {
        let session = try #require(site.session)
        return try await site.execute(
            uri: "/projects/import", method: .post,
            headers: [.contentType: "multipart/form-data; boundary=\(ImportPagesTests.boundary)"],
            body: body(csv, dryRun: dryRun, csrf: session.csrf))
    }

    static func titles(_ site: WebTestSite) async throws -> [String] {
        try await site.services.projects.all(ProjectQuery(), days: 90, asOf: Day(parsing: "2026-12-31")!)
            .map(\.draft.title).sorted()
    }

    @Test func aCheckStoresNothingAndTheImportStoresEveryRow() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            let bob = site.as(try await site.signIn("bob"))
            let csv =
                "项目名称,外方城市,负责单位,领域,阶段,开始日期\n皮革产业园,Leipzig,单位bob,投资,意向,2026-01-05\n"
                + "青年交流营,Florence,单位bob,教育,,2026-02-01\n"

            let checked = try await Self.upload(bob, csv, dryRun: true)
            let afterCheck = try await Self.titles(site)
            let imported = try await Self.upload(bob, csv, dryRun: false)

            #expect(checked.status == .ok)
            #expect(checked.text.contains("检查通过：全部 2 行均可导入"))
            // After a passed check the box is unticked, so the next upload imports.
            #expect(!checked.text.contains("value=\"1\" checked"))
            #expect(afterCheck.isEmpty)
            #expect(imported.status == .seeOther)
            #expect(imported.headers[.location] == "/projects?imported=2")
            #expect(try await Self.titles(site) == ["皮革产业园", "青年交流营"])
            #expect(try await bob.get("/projects?imported=2").text.contains("已导入 2 个合作项目。"))
        }
    }

    @Test func anEditorsFileNamingAnotherUnitIsRefusedWholeWithTheRowNamed() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("bob", role: .editor)
            try await site.createUser("carol", role: .editor)
            let bob = site.as(try await site.signIn("bob"))
            // Row 2 is bob's unit, row 3 carol's: the header is row 1, as a spreadsheet counts.
            let csv = "项目名称,外方城市,负责单位,领域\n皮革产业园,Leipzig,单位bob,投资\n港口合作,Florence,单位carol,贸易\n"

            let response = try await Self.upload(bob, csv, dryRun: false)

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("第 3 行「负责单位」：只能导入本单位的合作项目"))
            #expect(!response.text.contains("第 2 行"))
            #expect(try await Self.titles(site).isEmpty)
        }
    }

    @Test func aBadRowIsNamedAndNothingIsStoredAndReadersCannotImport() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("vera", role: .viewer)
            let csv = "项目名称,外方城市,负责单位,领域\n皮革产业园,Leipzig,单位admin,投资\n港口合作,Atlantis,单位admin,贸易\n"
            let adminUnitId = try await site.unitId(of: "admin")
            let adminUnit = try #require(
                try await site.accounts.units.list(includeInactive: true).first { $0.id == adminUnitId })

            let response = try await Self.upload(
                site, csv.replacingOccurrences(of: "单位admin", with: adminUnit.nameZh), dryRun: true)
            let viewer = site.as(try await site.signIn("vera"))

            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("第 3 行「外方城市」"))
            #expect(try await Self.titles(site).isEmpty)
            #expect(try await viewer.get("/projects/import").status == .forbidden)
            #expect(!(try await viewer.get("/projects").text.contains("id=\"project-import\"")))
            #expect(try await site.get("/projects").text.contains("id=\"project-import\" href=\"/projects/import\""))
        }
    }
}
