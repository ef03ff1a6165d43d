import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import YouchengCore
import YouchengStore

@testable import YouchengWeb

/// A partner's names and coordinates are shared by every home twinned with it: through the form, the API, the
/// coordinates form and an import, an editor changes them only when all its homes are within the unit's locality.
@Suite struct SharedPartnerTests {
    /// The sample's Osaka is twinned with 南京市鼓楼区 only; with `shared` 南京市 is twinned with it too.
    func osaka(_ site: WebTestSite, shared: Bool) async throws -> PartnershipRecord {
        let record = try #require(try await site.store.all(PartnershipQuery()).first { $0.partner.name == "Osaka" })
        if shared {
            var draft = try PartnershipForm(record: record).validate(reference: .bundled).get()
            draft.homeCode = "320100"
            _ = try await site.store.save(draft, id: nil, expectedVersion: nil, actor: .system)
        }
        return record
    }

    /// The edit form of `record` with the partner's Chinese name `nameZh`.
    func form(_ record: PartnershipRecord, nameZh: String) -> [(String, String)] {
        [
            ("home", "南京市鼓楼区"), ("partner", "Osaka"), ("partner_zh", nameZh), ("country", "JP"),
            ("kind", "friendshipCity"), ("established", "2015-05"), ("status", "active"), ("notes", ""),
            ("version", String(record.partnership.version)),
        ]
    }

    func gulouEditor(_ site: WebTestSite) async throws -> WebTestSite {
        let editor = try await site.createUser("gulou", role: .editor, home: "南京市鼓楼区")
        return site.as(try await site.signIn(editor.username))
    }

    @Test func theFormLetsAnEditorRenameAPartnerOnlyTheirLocalityIsTwinnedWith() async throws {
        try await WebTestSite.run { site in
            let record = try await osaka(site, shared: false)
            let editor = try await gulouEditor(site)

            let saved = try await editor.post(
                "/partnerships/\(record.partnership.id)", form: form(record, nameZh: "大阪"))

            #expect(saved.status == .seeOther)
            #expect(try await site.store.partner(id: record.partner.id)?.partner.nameZh == "大阪")
        }
    }

    @Test func theFormRefusesAnEditorRenamingASharedPartnerAndSaysAnAdministratorCan() async throws {
        try await WebTestSite.run { site in
            let record = try await osaka(site, shared: true)
            let editor = try await gulouEditor(site)

            let refused = try await editor.post(
                "/partnerships/\(record.partnership.id)", form: form(record, nameZh: "大阪"))
            let byAdmin = try await site.post(
                "/partnerships/\(record.partnership.id)", form: form(record, nameZh: "大阪"))

            #expect(refused.status == .conflict)
            #expect(refused.text.contains("已登记的中文名为「大阪市」") && refused.text.contains("只有管理员可以修改"))
            #expect(byAdmin.status == .seeOther)
            #expect(try await site.store.partner(id: record.partner.id)?.partner.nameZh == "大阪")
        }
    }

    @Test func theAPIRefusesAnEditorChangingASharedPartnersChineseName() async throws {
        try await WebTestSite.run { site in
            let record = try await osaka(site, shared: true)
            _ = try await site.createUser("gulou", role: .editor, home: "南京市鼓楼区")
            let token = try await site.accounts.tokens.create(username: "gulou", name: "t", by: .system).plaintext

            let patch = try await site.signedOut.execute(
                uri: "/api/v1/partnerships/\(record.partnership.id)", method: .patch,
                headers: [.authorization: "Bearer \(token)", .contentType: "application/json"],
                body: ByteBuffer(string: #"{"partner_zh": "大阪", "version": 1}"#))

            #expect(patch.status == .conflict)
            let body = try JSONSerialization.jsonObject(with: Data(buffer: patch.body)) as? [String: Any]
            let error = try #require(body?["error"] as? [String: Any])
            #expect(error["code"] as? String == "partner_rename" && error["field"] as? String == "partner_zh")
            #expect(try await site.store.partner(id: record.partner.id)?.partner.nameZh == "大阪市")
        }
    }

    @Test func theCoordinatesFormRefusesAnEditorWhenThePartnerIsSharedBeyondTheirLocality() async throws {
        try await WebTestSite.run { site in
            let osaka = try await osaka(site, shared: false)
            let nagoya = try #require(try await site.store.partners().first { $0.name == "Nagoya" })
            let editor = try await gulouEditor(site)
            let nagoyaBefore = try await editor.get("/partners/\(nagoya.id)").text

            let own = try await editor.post(
                "/partners/\(osaka.partner.id)/place", form: [("lat", "34.69"), ("lon", "135.5")])
            let foreign = try await editor.post(
                "/partners/\(nagoya.id)/place", form: [("lat", "1.25"), ("lon", "2.5")])

            #expect(own.status == .seeOther)
            #expect(foreign.status == .forbidden)
            // The form is offered only where it would be accepted.
            #expect(try await editor.get("/partners/\(osaka.partner.id)").text.contains("id=\"place-form\""))
            #expect(!nagoyaBefore.contains("id=\"place-form\""))
            #expect(foreign.text.contains("只有管理员可以修改"))
            #expect(try await editor.get("/partners/\(osaka.partner.id)").text.contains("34.69"))
            #expect(try await editor.get("/partners/\(nagoya.id)").text == nagoyaBefore)
        }
    }

    @Test func anEditorsImportRespellingASharedPartnerIsRefusedWithTheRowAndStoresNothing() async throws {
        try await WebTestSite.run { site in
            _ = try await osaka(site, shared: true)
            let editor = try await gulouEditor(site)
            let csv = "本地主体,外方城市,外方城市英文名,国家\n南京市鼓楼区,坦佩雷,Tampere,芬兰\n南京市鼓楼区,大阪,Osaka,日本\n"

            let report = try await ImportPagesTests.upload(editor, ImportPagesTests.multipart(file: csv))

            #expect(report.status == .unprocessableContent)
            #expect(report.text.contains("第 3 行 外方城市「大阪」与已登记的中文名「大阪市」不同"))
            #expect(ImportPagesTests.token(report.text) == nil)
            #expect(try await site.store.count() == 9)  // the sample's eight and the shared Osaka; no Tampere
        }
    }
}
