import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct UnitStoreTests {
    let commerce = UnitDraft(
        nameZh: "商务局", nameEn: "Bureau of Commerce", kind: .bureau, homeCode: nil, contactPerson: "王")
    let admin = AuditActor(username: "admin", unitId: 1)

    @Test(arguments: TestBackend.available)
    func aNewUnitIsStoredAndAuditedWithItsFields(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let clock = TestClock("2026-11-23T09:00:00Z")
            let stores = AccountStores.forTests(database, clock: clock)

            let unit = try await stores.units.create(commerce, by: admin)
            let entries = try await stores.audit.entries(AuditQuery(entityType: .unit, entityId: String(unit.id)))

            #expect(try await stores.units.unit(id: unit.id) == unit)
            #expect(unit.version == 1 && unit.active)
            let entry = try #require(entries.items.first)
            #expect(entries.total == 1)
            #expect(entry.action == .create && entry.actor == "admin" && entry.unitId == 1)
            #expect(entry.time == clock.now)
            #expect(
                entry.changes == [
                    FieldChange(field: "nameZh", before: nil, after: "商务局"),
                    FieldChange(field: "nameEn", before: nil, after: "Bureau of Commerce"),
                    FieldChange(field: "kind", before: nil, after: "bureau"),
                    FieldChange(field: "contactPerson", before: nil, after: "王"),
                    FieldChange(field: "active", before: nil, after: "true"),
                ])
        }
    }

    @Test(arguments: TestBackend.available)
    func anUpdateBasedOnAStaleVersionIsRefusedAndChangesNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let stores = AccountStores.forTests(database, clock: TestClock("2026-11-23T09:00:00Z"))
            let unit = try await stores.units.create(commerce, by: admin)
            var edit = commerce
            edit.contactPerson = "李"
            _ = try await stores.units.update(id: unit.id, edit, expectedVersion: 1, by: admin)
            edit.contactPerson = "赵, from a form opened before the first edit"

            await #expect(throws: AccountError.staleVersion(current: 2)) {
                try await stores.units.update(id: unit.id, edit, expectedVersion: 1, by: admin)
            }
            let stored = try await stores.units.unit(id: unit.id)
            let updates = try await stores.audit.entries(AuditQuery(action: .update))

            #expect(stored?.contactPerson == "李" && stored?.version == 2)
            #expect(updates.total == 1)
            #expect(updates.items.first?.changes == [FieldChange(field: "contactPerson", before: "王", after: "李")])
        }
    }

    @Test(arguments: TestBackend.available)
    func savingAnUnchangedUnitWritesNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let stores = AccountStores.forTests(database, clock: TestClock("2026-11-23T09:00:00Z"))
            let unit = try await stores.units.create(commerce, by: admin)

            let again = try await stores.units.update(id: unit.id, commerce, expectedVersion: 1, by: admin)

            #expect(again.version == 1)
            #expect(try await stores.audit.entries(AuditQuery()).total == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func aTakenNameAndAnUnknownHomeAreRefused(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let stores = AccountStores.forTests(database, clock: TestClock("2026-11-23T09:00:00Z"))
            _ = try await stores.units.create(commerce, by: admin)
            var nowhere = commerce
            nowhere.nameZh = "某区"
            nowhere.homeCode = "999999"

            await #expect(throws: AccountError.duplicateUnitName("商务局")) {
                try await stores.units.create(commerce, by: admin)
            }
            let error = await #expect(throws: FieldErrors.self) { try await stores.units.create(nowhere, by: admin) }
            #expect(error?.errors.first?.field == "home")
            #expect(try await stores.units.list(includeInactive: true).count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func aDeactivatedUnitStaysOnRecordAndIsFoundByEitherName(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let stores = AccountStores.forTests(database, clock: TestClock("2026-11-23T09:00:00Z"))
            let unit = try await stores.units.create(commerce, by: admin)
            var gulou = commerce
            (gulou.nameZh, gulou.nameEn, gulou.kind, gulou.homeCode) = (
                "鼓楼区人民政府", "Gulou District", .district, "320106"
            )
            _ = try await stores.units.create(gulou, by: admin)

            let inactive = try await stores.units.deactivate(id: unit.id, expectedVersion: 1, by: admin)

            #expect(!inactive.active && inactive.version == 2)
            #expect(try await stores.units.list(includeInactive: false).map(\.nameZh) == ["鼓楼区人民政府"])
            #expect(try await stores.units.find("bureau of  COMMERCE").id == unit.id)
            #expect(try await stores.units.find("鼓楼区人民政府").homeCode == "320106")
            await #expect(throws: AccountError.unitNotFound("教育局")) { try await stores.units.find("教育局") }
            let entry = try await stores.audit.entries(AuditQuery(action: .deactivate)).items.first
            #expect(entry?.changes == [FieldChange(field: "active", before: "true", after: "false")])
        }
    }
}
