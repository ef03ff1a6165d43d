import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// Roles enforced on the server, per role: a page read, the partnership form's POST, and the import confirmation.
@Suite struct RoleTests {
    func form(home: String, partner: String = "Tampere") -> [(String, String)] {
        [
            ("home", home), ("partner", partner), ("country", "芬兰"), ("kind", "friendshipCity"),
            ("established", "2019"), ("status", "active"),
        ]
    }

    /// The site as a new user with `role` in a unit at `home`.
    func signedIn(_ site: WebTestSite, _ role: Role, home: String? = nil) async throws -> WebTestSite {
        let name = role.rawValue + "1"
        try await site.createUser(name, role: role, home: home)
        return site.as(try await site.signIn(name))
    }

    func record(_ site: WebTestSite, _ partner: String) async throws -> PartnershipRecord {
        try #require(try await site.store.all(PartnershipQuery()).first { $0.partner.name == partner })
    }

    static let gulouFile =
        "本地主体,外方城市,外方城市英文名,国家,类型,结好时间\n南京市鼓楼区,坦佩雷,Tampere,芬兰,友好交流城市,2019\n"
    static let mixedFile = gulouFile + "苏州市,图尔库,Turku,芬兰,友好交流城市,2020\n"

    // Viewer

    @Test func viewerReadsPagesAndTheAPI() async throws {
        try await WebTestSite.run { site in
            let viewer = try await signedIn(site, .viewer)
            let page = try await viewer.get("/partnerships")

            #expect(page.status == .ok)
            #expect(!page.text.contains("id=\"nav-new\""))
            #expect(try await viewer.get("/api/v1/partnerships").status == .ok)
        }
    }

    @Test func viewerGetsNoFormsAndCannotPostOne() async throws {
        try await WebTestSite.run { site in
            let viewer = try await signedIn(site, .viewer)
            let before = try await site.store.count()
            let osaka = try await record(site, "Osaka")

            let new = try await viewer.get("/partnerships/new")
            let edit = try await viewer.get("/partnerships/\(osaka.partnership.id)/edit")
            let importForm = try await viewer.get("/import")
            let create = try await viewer.post("/partnerships", form: form(home: "南京市"))

            #expect(new.status == .forbidden)
            #expect(edit.status == .forbidden)
            #expect(importForm.status == .forbidden)
            #expect(create.status == .forbidden)
            #expect(create.text.contains("没有权限"))
            #expect(try await site.store.count() == before)
        }
    }

    @Test func viewerCannotConfirmAnImport() async throws {
        try await WebTestSite.run { site in
            let report = try await ImportPagesTests.upload(
                site, ImportPagesTests.multipart(file: Self.gulouFile))
            let token = try #require(ImportPagesTests.token(report.text))
            let viewer = try await signedIn(site, .viewer)
            let before = try await site.store.count()

            let upload = try await ImportPagesTests.upload(viewer, ImportPagesTests.multipart(file: Self.gulouFile))
            let confirm = try await viewer.post("/import/confirm", form: [("token", token)])

            #expect(upload.status == .forbidden)
            #expect(confirm.status == .forbidden)
            #expect(try await site.store.count() == before)
            #expect(try await site.pendingImports.count() == 1)
        }
    }

    // Editor

    @Test func editorCreatesOnlyUnderTheirLocality() async throws {
        try await WebTestSite.run { site in
            let editor = try await signedIn(site, .editor, home: "南京市鼓楼区")
            let before = try await site.store.count()

            let own = try await editor.post("/partnerships", form: form(home: "南京市鼓楼区"))
            let above = try await editor.post("/partnerships", form: form(home: "南京市", partner: "Turku"))
            let elsewhere = try await editor.post("/partnerships", form: form(home: "苏州市", partner: "Espoo"))

            #expect(own.status == .seeOther)
            #expect(above.status == .forbidden)
            #expect(elsewhere.status == .forbidden)
            #expect(try await site.store.count() == before + 1)
            #expect(try await editor.get("/partnerships").status == .ok)
        }
    }

    @Test func editorEditsOnlyTheirPartnershipsAndCannotMoveOneOut() async throws {
        try await WebTestSite.run { site in
            let editor = try await signedIn(site, .editor, home: "南京市鼓楼区")
            let osaka = try await record(site, "Osaka")
            let nagoya = try await record(site, "Nagoya")
            let version = ("version", String(osaka.partnership.version))
            var osakaForm = form(home: "南京市鼓楼区", partner: "Osaka")
            osakaForm[2] = ("country", "JP")

            let ownForm = try await editor.get("/partnerships/\(osaka.partnership.id)/edit")
            let otherForm = try await editor.get("/partnerships/\(nagoya.partnership.id)/edit")
            var moved = osakaForm
            moved[0] = ("home", "南京市")
            let moveOut = try await editor.post("/partnerships/\(osaka.partnership.id)", form: moved + [version])
            let unchanged = try await record(site, "Osaka")
            let save = try await editor.post("/partnerships/\(osaka.partnership.id)", form: osakaForm + [version])

            #expect(ownForm.status == .ok)
            #expect(otherForm.status == .forbidden)
            #expect(moveOut.status == .forbidden)
            #expect(unchanged == osaka)
            #expect(save.status == .seeOther)
        }
    }

    @Test func editorImportsOnlyFilesOfTheirOwnHomes() async throws {
        try await WebTestSite.run { site in
            let editor = try await signedIn(site, .editor, home: "南京市鼓楼区")
            let before = try await site.store.count()

            let mixed = try await ImportPagesTests.upload(editor, ImportPagesTests.multipart(file: Self.mixedFile))
            let own = try await ImportPagesTests.upload(editor, ImportPagesTests.multipart(file: Self.gulouFile))
            let token = try #require(ImportPagesTests.token(own.text))
            let confirm = try await editor.post("/import/confirm", form: [("token", token)])

            #expect(mixed.status == .unprocessableContent)
            #expect(mixed.text.contains("第 3 行"))
            #expect(mixed.text.contains("无权导入本地主体「苏州市」"))
            #expect(ImportPagesTests.token(mixed.text) == nil)
            #expect(confirm.status == .ok)
            #expect(try await site.store.count() == before + 1)
        }
    }

    @Test func editorWithoutALocalityChangesNothing() async throws {
        try await WebTestSite.run { site in
            let editor = try await signedIn(site, .editor)

            let create = try await editor.post("/partnerships", form: form(home: "南京市"))

            #expect(create.status == .forbidden)
        }
    }

    // Admin

    @Test func adminCreatesAnywhereAndConfirmsAnyImport() async throws {
        try await WebTestSite.run { site in
            let before = try await site.store.count()

            let create = try await site.post("/partnerships", form: form(home: "苏州市", partner: "Espoo"))
            let report = try await ImportPagesTests.upload(site, ImportPagesTests.multipart(file: Self.mixedFile))
            let token = try #require(ImportPagesTests.token(report.text))
            let confirm = try await site.post("/import/confirm", form: [("token", token)])

            #expect(create.status == .seeOther)
            #expect(confirm.status == .ok)
            #expect(try await site.store.count() == before + 3)
            #expect(try await site.get("/import").status == .ok)
        }
    }

    @Test func linksToEditAndHistoryFollowTheRole() async throws {
        try await WebTestSite.run { site in
            let viewer = try await signedIn(site, .viewer)
            let gulou = try await signedIn(site, .editor, home: "南京市鼓楼区")
            let osaka = try await record(site, "Osaka")
            let nagoya = try await record(site, "Nagoya")

            let viewerList = try await viewer.get("/partnerships")
            let viewerPartner = try await viewer.get("/partners/\(osaka.partner.id)")
            let editorList = try await gulou.get("/partnerships")
            let editorPartner = try await gulou.get("/partners/\(osaka.partner.id)")

            #expect(!viewerList.text.contains("class=\"edit-link\""))
            #expect(
                !viewerPartner.text.contains("class=\"edit-link\"") && !viewerPartner.text.contains("id=\"history\""))
            // The editor of 鼓楼区 edits Osaka (鼓楼区) and not Nagoya (南京市).
            #expect(editorList.text.contains("href=\"/partnerships/\(osaka.partnership.id)/edit\""))
            #expect(!editorList.text.contains("href=\"/partnerships/\(nagoya.partnership.id)/edit\""))
            #expect(
                editorPartner.text.contains("class=\"delete-link\"") && editorPartner.text.contains("id=\"history\""))
        }
    }
}
