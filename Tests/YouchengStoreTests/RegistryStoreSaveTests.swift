import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct RegistryStoreSaveTests {
    let draft = PartnershipDraft(
        homeCode: "320100", partnerName: "Florence", partnerNameZh: "佛罗伦萨", country: "IT", kind: .sisterCity,
        established: PartialDate(year: 1980, month: 2, day: 22), status: .active, notes: "")

    @Test(arguments: TestBackend.available)
    func updateWithStaleVersionIsRefusedAndChangesNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let created = try await store.save(draft, id: nil, expectedVersion: nil, actor: .system)
            var edit = draft
            edit.notes = "first edit"
            _ = try await store.save(edit, id: created.partnership.id, expectedVersion: 1, actor: .system)
            edit.notes = "second edit, from a stale form"

            await #expect(throws: RegistryError.staleVersion(current: 2)) {
                try await store.save(edit, id: created.partnership.id, expectedVersion: 1, actor: .system)
            }
            let stored = try await store.partnership(id: created.partnership.id)
            #expect(stored?.partnership.notes == "first edit")
            #expect(stored?.partnership.version == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func creatingTheSamePairTwiceIsRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let created = try await store.save(draft, id: nil, expectedVersion: nil, actor: .system)
            var again = draft
            again.partnerName = "FLORENCE"

            await #expect(throws: RegistryError.duplicatePair(existingId: created.partnership.id)) {
                try await store.save(again, id: nil, expectedVersion: nil, actor: .system)
            }
            #expect(try await store.count() == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func partnerPageListsEveryPartnershipOfThePartner(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let first = try await store.save(draft, id: nil, expectedVersion: nil, actor: .system)
            var district = draft
            district.homeCode = "320106"
            district.kind = .friendshipCity
            _ = try await store.save(district, id: nil, expectedVersion: nil, actor: .system)

            let partner = try await store.partner(id: first.partner.id)
            let missing = try await store.partner(id: 999_999)

            #expect(partner?.partnerships.map(\.home.code) == ["320100", "320106"])
            #expect(partner?.partner.nameZh == "佛罗伦萨")
            #expect(missing == nil)
        }
    }
}
