import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// A partner's names are shared by every home twinned with it: an editor changes them only when all its homes are
/// within the unit's locality; administrators always.
@Suite struct SharedPartnerTests {
    /// An editor of 鼓楼区 (320106, under 南京市 320100), and an administrator.
    let gulou = Principal(role: .editor, unitId: 2, unitHomeCode: "320106")
    let admin = Principal(role: .admin, unitId: 1, unitHomeCode: nil)

    /// Florence twinned with 鼓楼区, optionally also with 苏州市 (320500).
    func seed(_ store: RegistryStore, alsoSuzhou: Bool) async throws -> PartnershipRecord {
        let gulouDraft = draft(home: "320106", name: "Florence", nameZh: "佛罗伦萨")
        let record = try await store.save(gulouDraft, id: nil, expectedVersion: nil, actor: .system)
        if alsoSuzhou {
            _ = try await store.save(
                draft(home: "320500", name: "Florence", nameZh: "佛罗伦萨"), id: nil, expectedVersion: nil,
                actor: .system)
        }
        return record
    }

    func draft(home: String, name: String, nameZh: String, editor: Principal? = nil) -> PartnershipDraft {
        var draft = PartnershipDraft(
            homeCode: home, partnerName: name, partnerNameZh: nameZh, country: "IT", kind: .sisterCity,
            established: nil, status: .active, notes: "")
        draft.sharedPartnerEditor = editor
        return draft
    }

    @Test(arguments: TestBackend.available)
    func anEditorChangesTheNamesOfAPartnerTwinnedOnlyWithinTheirLocality(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let record = try await seed(store, alsoSuzhou: false)

            let saved = try await store.save(
                draft(home: "320106", name: "FLORENCE", nameZh: "佛罗伦萨市", editor: gulou), id: record.partnership.id,
                expectedVersion: nil, actor: .system)

            #expect(saved.partner.name == "FLORENCE")
            #expect(saved.partner.nameZh == "佛罗伦萨市")
        }
    }

    @Test(arguments: TestBackend.available)
    func anEditorCannotChangeTheChineseNameOfAPartnerAlsoTwinnedElsewhere(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let record = try await seed(store, alsoSuzhou: true)

            await #expect(throws: RegistryError.partnerRenameZh(stored: "佛罗伦萨")) {
                try await store.save(
                    draft(home: "320106", name: "Florence", nameZh: "翡冷翠", editor: gulou), id: record.partnership.id,
                    expectedVersion: nil, actor: .system)
            }
            await #expect(throws: RegistryError.partnerRename(stored: "Florence")) {
                try await store.save(
                    draft(home: "320106", name: "FLORENCE", nameZh: "佛罗伦萨", editor: gulou),
                    id: record.partnership.id, expectedVersion: nil, actor: .system)
            }
            let byAdmin = try await store.save(
                draft(home: "320106", name: "Florence", nameZh: "翡冷翠", editor: admin), id: record.partnership.id,
                expectedVersion: nil, actor: .system)

            #expect(byAdmin.partner.nameZh == "翡冷翠")
            #expect(try await store.partner(id: record.partner.id)?.partnerships.count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func anEditorMayGiveAChineseNameToAPartnerThatHasNone(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.save(
                draft(home: "320500", name: "Siena", nameZh: ""), id: nil, expectedVersion: nil, actor: .system)

            let saved = try await store.save(
                draft(home: "320106", name: "Siena", nameZh: "锡耶纳", editor: gulou), id: nil, expectedVersion: nil,
                actor: .system)

            #expect(saved.partner.nameZh == "锡耶纳")
        }
    }

    @Test(arguments: TestBackend.available)
    func anEditorsImportRowRespellingASharedChineseNameRefusesTheFile(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await seed(store, alsoSuzhou: true)
            let rows = try RegistryImporter(reference: .bundled).plan([
                ["本地主体", "外方城市", "外方城市英文名", "国家"],
                ["南京市鼓楼区", "锡耶纳", "Siena", "IT"],
                ["南京市鼓楼区", "翡冷翠", "Florence", "IT"],
            ]).rows

            await #expect {
                try await store.apply(rows, dryRun: false, actor: .system, editor: gulou)
            } throws: { error in
                guard case RegistryError.conflictingRows(let rowErrors) = error else { return false }
                return rowErrors.map(\.row) == [3] && rowErrors[0].field == "partner_zh"
                    && rowErrors[0].message.zh.hasPrefix("第 3 行 外方城市「翡冷翠」")
                    && rowErrors[0].message.en.contains("only an administrator")
            }
            #expect(try await store.count() == 2)  // all or nothing: Siena was not stored either
            let byAdmin = try await store.apply(rows, dryRun: false, actor: .system, editor: admin)
            #expect(byAdmin.created == 1 && byAdmin.updated == 1)
            #expect(try await store.partners().first { $0.name == "Florence" }?.nameZh == "翡冷翠")
        }
    }
}
