import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Rows as a spreadsheet gives them, validated by the real importer.
func plannedRows(_ table: [[String]]) throws -> [RegistryRow] {
    let plan = try RegistryImporter(reference: .bundled).plan(table)
    #expect(plan.errors.isEmpty, "\(plan.errors.map(\.message.en))")
    return plan.rows
}

let sampleTable: [[String]] = [
    ["本地主体", "外方城市", "外方城市英文名", "国家", "类型", "结好时间", "状态"],
    ["南京市", "名古屋", "Nagoya", "日本", "友好城市", "1978-12-21", "有效"],
    ["南京市", "圣路易斯", "St. Louis", "USA", "友好城市", "1979", ""],
    ["南京市鼓楼区", "名古屋", "NAGOYA", "JP", "友好交流城市", "2015-05", ""],
    ["南京市", "莱比锡", "Leipzig", "Germany", "sister city", "1988年5月", "终止"],
]

@Suite struct RegistryStoreImportTests {
    @Test(arguments: TestBackend.available)
    func importCreatesThenReimportReportsEverythingUnchanged(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            let rows = try plannedRows(sampleTable)

            let first = try await store.apply(rows, dryRun: false, actor: .system)
            let second = try await store.apply(rows, dryRun: false, actor: .system)

            #expect(first == ImportReport(created: 4, updated: 0, unchanged: 0, newPartners: 3, stored: true))
            #expect(second == ImportReport(created: 0, updated: 0, unchanged: 4, newPartners: 0, stored: true))
            #expect(try await store.count() == 4)
        }
    }

    @Test(arguments: TestBackend.available)
    func samePartnerNameInAnyCaseIsOnePartnerAcrossHomes(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: .system)

            let page = try await store.list(try PartnershipQuery(parameters: [("q", "nagoya")], reference: .bundled))

            #expect(page.total == 2)
            #expect(Set(page.items.map(\.partner.id)).count == 1)
            #expect(Set(page.items.map(\.home.code)) == ["320100", "320106"])
        }
    }

    @Test(arguments: TestBackend.available)
    func dryRunCountsButStoresNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)

            let report = try await store.apply(try plannedRows(sampleTable), dryRun: true, actor: .system)

            #expect(report.created == 4 && report.stored == false)
            #expect(try await store.count() == 0)
        }
    }

    @Test(arguments: TestBackend.available)
    func reimportUpdatesChangedFieldsAndKeepsColumnsTheFileLacks(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: .system)
            let changed: [[String]] = [
                ["home", "partner", "country", "established"],
                ["南京市", "Nagoya", "JP", "1978-12-21"],
                ["南京市", "St. Louis", "US", "1979-11-02"],
            ]

            let report = try await store.apply(try plannedRows(changed), dryRun: false, actor: .system)
            let page = try await store.list(
                try PartnershipQuery(parameters: [("home", "320100"), ("sort", "partner")], reference: .bundled))

            #expect(report.updated == 1 && report.unchanged == 1 && report.created == 0)
            let stLouis = try #require(page.items.first { $0.partner.name == "St. Louis" })
            #expect(stLouis.partnership.established?.description == "1979-11-02")
            #expect(stLouis.partnership.kind == .sisterCity)
            #expect(stLouis.partnership.version == 2)
            #expect(stLouis.partner.nameZh == "圣路易斯")
        }
    }

    @Test(arguments: TestBackend.available)
    func migrationsRunOnceWhenOpenedAgain(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: .system)
            let again = try await Database.open(database.url, logger: .init(label: "test"), poolSize: 1)
            let count = try await RegistryStore(database: again, reference: .bundled).count()
            await again.close()
            #expect(count == 4)
        }
    }
}
