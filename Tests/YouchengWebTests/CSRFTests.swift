import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

@Suite struct CSRFTests {
    let valid: [(String, String)] = [
        ("home", "南京"), ("partner", "Tampere"), ("partner_zh", "坦佩雷"), ("country", "芬兰"),
        ("kind", "friendshipCity"), ("established", "2019"), ("status", "active"),
    ]

    @Test(arguments: [nil, "0000", String(repeating: "a", count: 64)])
    func createWithoutTheSessionTokenIsRefusedAndStoresNothing(token: String?) async throws {
        try await WebTestSite.run { site in
            let before = try await site.store.count()

            let response = try await site.post("/partnerships", form: valid + [("_csrf", token ?? "")])

            #expect(response.status == .forbidden)
            #expect(response.text.contains("bad_csrf") || response.text.contains("表单已过期"))
            #expect(try await site.store.count() == before)
        }
    }

    @Test func updateWithoutTheTokenChangesNothing() async throws {
        try await WebTestSite.run { site in
            let record = try #require(try await site.store.all(PartnershipQuery()).first)
            let form = [
                ("home", "南京"), ("partner", "Changed"), ("country", "JP"), ("kind", "friendshipCity"),
                ("established", "2001"), ("status", "active"), ("version", String(record.partnership.version)),
                ("_csrf", "wrong"),
            ]

            let response = try await site.post("/partnerships/\(record.partnership.id)", form: form)

            #expect(response.status == .forbidden)
            let after = try #require(try await site.store.partnership(id: record.partnership.id))
            #expect(after == record)
        }
    }

    @Test func uploadWithoutTheTokenIsRefusedAndKeepsNothing() async throws {
        try await WebTestSite.run { site in
            let csv = "外方城市,外方城市英文名,国家,类型,结好时间\n坦佩雷,Tampere,芬兰,友好交流城市,2019\n"
            let body = ImportPagesTests.multipart(file: csv, home: "南京")

            let response = try await site.execute(
                uri: "/import", method: .post,
                headers: [.contentType: "multipart/form-data; boundary=\(ImportPagesTests.boundary)"], body: body)

            #expect(response.status == .forbidden)
            #expect(try await site.pendingImports.count() == 0)
        }
    }

    @Test func confirmWithoutTheTokenStoresNothingAndTheUploadStaysWaiting() async throws {
        try await WebTestSite.run { site in
            let csv = "外方城市,外方城市英文名,国家,类型,结好时间\n坦佩雷,Tampere,芬兰,友好交流城市,2019\n"
            let report = try await ImportPagesTests.upload(site, ImportPagesTests.multipart(file: csv, home: "南京"))
            let token = try #require(ImportPagesTests.token(report.text))
            let before = try await site.store.count()

            let refused = try await site.post("/import/confirm", form: [("token", token), ("_csrf", "wrong")])
            let countAfterRefusal = try await site.store.count()
            let confirmed = try await site.post("/import/confirm", form: [("token", token)])

            #expect(refused.status == .forbidden)
            #expect(countAfterRefusal == before)
            #expect(confirmed.status == .ok)
            #expect(try await site.store.count() == before + 1)
        }
    }

    @Test func everyFormCarriesTheSessionToken() async throws {
        try await WebTestSite.run { site in
            let csrf = try #require(site.session).csrf
            let field = "<input type=\"hidden\" name=\"_csrf\" value=\"\(csrf)\">"
            let record = try #require(try await site.store.all(PartnershipQuery()).first)
            let csv = "外方城市,外方城市英文名,国家,类型,结好时间\n坦佩雷,Tampere,芬兰,友好交流城市,2019\n"

            let new = try await site.get("/partnerships/new")
            let edit = try await site.get("/partnerships/\(record.partnership.id)/edit")
            let upload = try await site.get("/import")
            let report = try await ImportPagesTests.upload(site, ImportPagesTests.multipart(file: csv, home: "南京"))

            for page in [new, edit, upload, report] {
                #expect(page.text.contains(field))
            }
            #expect(report.text.contains("id=\"confirm-form\""))
        }
    }

    @Test func anotherSessionsTokenIsRefused() async throws {
        try await WebTestSite.run { site in
            try await site.createUser("other", role: .admin)
            let other = try await site.signIn("other")

            let response = try await site.post("/partnerships", form: valid + [("_csrf", other.csrf)])

            #expect(response.status == .forbidden)
        }
    }
}
