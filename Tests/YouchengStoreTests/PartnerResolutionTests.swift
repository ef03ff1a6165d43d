import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct PartnerResolutionTests {
    @Test(arguments: TestBackend.available)
    func aPartnerKnownByItsChineseNameGetsItsEnglishNameInsteadOfADuplicate(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(
                try plannedRows([["home", "partner_zh", "country"], ["南京市", "大阪", "日本"]]), dryRun: false, actor: .system
            )

            let second = try await store.apply(
                try plannedRows([["home", "partner_zh", "partner", "country"], ["南京市", "大阪", "Osaka", "日本"]]),
                dryRun: false, actor: .system)
            let third = try await store.apply(
                try plannedRows([["home", "partner", "country"], ["南京市", "osaka", "JP"]]), dryRun: false, actor: .system
            )
            let records = try await store.all(PartnershipQuery())

            #expect(second.updated == 1 && second.created == 0 && second.newPartners == 0)
            #expect(third.unchanged == 1)
            #expect(records.count == 1)
            #expect(records.first?.partner.name == "Osaka" && records.first?.partner.nameZh == "大阪")
        }
    }

    @Test(arguments: TestBackend.available)
    func aChineseNameOnALaterRowIsKeptForANewPartnerAndReimportIsUnchanged(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let rows = try plannedRows([
                ["home", "partner_zh", "partner", "country"], ["南京市", "", "Osaka", "日本"],
                ["南京市鼓楼区", "大阪", "Osaka", "日本"],
            ])

            let first = try await store.apply(rows, dryRun: false, actor: .system)
            let again = try await store.apply(rows, dryRun: false, actor: .system)
            let records = try await store.all(PartnershipQuery())

            #expect(first.created == 2 && first.newPartners == 1)
            #expect(again.unchanged == 2 && again.updated == 0)
            #expect(records.allSatisfy { $0.partner.nameZh == "大阪" })
        }
    }

    @Test(arguments: TestBackend.available)
    func twoSpellingsOfOnePartnerForOneHomeAreRefusedAsAConflict(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let rows = try plannedRows([
                ["home", "partner_zh", "partner", "country"], ["南京市", "大阪", "", "日本"], ["南京市", "大阪", "Osaka", "JP"],
            ])

            await #expect(throws: RegistryError.self) { try await store.apply(rows, dryRun: true, actor: .system) }
            await #expect(throws: RegistryError.self) { try await store.apply(rows, dryRun: false, actor: .system) }
            #expect(try await store.count() == 0)
        }
    }
}

@Suite struct FormPartnerResolutionTests {
    @Test(arguments: TestBackend.available)
    func theFormFindsAPartnerByItsChineseNameAsTheImportDoes(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(
                try plannedRows([["home", "partner_zh", "partner", "country"], ["南京市", "大阪", "Osaka", "日本"]]),
                dryRun: false, actor: .system)
            let draft = PartnershipDraft(
                homeCode: "320106", partnerName: "", partnerNameZh: "大阪", country: "JP", kind: .friendshipCity,
                established: nil, status: .active, notes: "")

            let saved = try await store.save(draft, id: nil, expectedVersion: nil, actor: .system)
            let records = try await store.all(PartnershipQuery())

            #expect(Set(records.map(\.partner.id)).count == 1)
            #expect(saved.partner.name == "Osaka")
        }
    }
}
