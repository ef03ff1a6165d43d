import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// An import writes partners, partnerships and audit entries a thousand to a statement; these check that what
/// crosses a batch boundary is stored whole, in order, and placed, on both databases.
@Suite struct RegistryImportBatchTests {
    /// 2,500 rows over 1,200 partners "City 0" … "City 1199" in Germany: rows 0–1199 in 南京市, 1200–2399 in 鼓楼区,
    /// 2400–2499 in 无锡市 (partners 0–99 again), so partners and partnerships both fill more than one batch.
    static let table: [[String]] =
        [["home", "partner", "country", "kind", "established", "status"]] + (0..<2_500).map(row)

    /// Row `i`: every other one leaves the kind empty, two in three give a month, one in five has ended.
    static func row(_ i: Int) -> [String] {
        let home = ["320100", "320106", "320200"][i / 1_200]
        let kind = i % 2 == 0 ? "友好城市" : ""
        let established = i % 3 == 0 ? "" : "19\(80 + i % 20)-0\(1 + i % 9)"
        let status = i % 5 == 0 ? "终止" : ""
        return [home, "City \(i % 1_200)", "DE", kind, established, status]
    }

    /// City 5 (first batch of partners) and City 1105 (second batch) match one city each.
    static let cities = CityGazetteer(csv: [
        ["geonameid", "name", "country", "admin1", "lat", "lon", "population", "timezone", "name_zh", "name_zh_src"],
        ["1", "City 5", "DE", "01", "50.5", "8.25", "20000", "", "", ""],
        ["2", "City 1105", "DE", "02", "52.75", "13.5", "30000", "", "", ""],
    ])

    /// Every audit entry, oldest first.
    func allEntries(_ database: Database) async throws -> [AuditEntry] {
        let audit = AuditStore(database: database)
        var out: [AuditEntry] = []
        var page = 1
        while true {
            let items = try await audit.entries(AuditQuery(page: page, per: AuditQuery.maxPer)).items
            out += items
            if items.count < AuditQuery.maxPer { return out.reversed() }
            page += 1
        }
    }

    @Test(arguments: TestBackend.available)
    func importLargerThanOneBatchStoresEveryRowPartnerPlaceAndEntryInOrder(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled, gazetteer: { Self.cities })

            let report = try await store.apply(try plannedRows(Self.table), dryRun: false, actor: .system)

            #expect(report == ImportReport(created: 2_500, updated: 0, unchanged: 0, newPartners: 1_200, stored: true))
            let records = try await store.all(PartnershipQuery())
            #expect(records.count == 2_500)
            #expect(Set(records.map { "\($0.home.code) \($0.partner.name)" }).count == 2_500)
            #expect(records.filter { $0.home.code == "320200" }.count == 100)
            let partners = try await store.partners()
            #expect(partners.count == 1_200)
            let ids = Dictionary(uniqueKeysWithValues: partners.map { ($0.name, $0.id) })
            let places = try await PartnerPlaceStore(database: database).places()
            #expect(places.count == 2)
            #expect(places[ids["City 5"]!] == PartnerPlace(point: GeoPoint(lat: 50.5, lon: 8.25), source: .geonames))
            #expect(
                places[ids["City 1105"]!] == PartnerPlace(point: GeoPoint(lat: 52.75, lon: 13.5), source: .geonames))

            let log = try await allEntries(database)
            #expect(log.count == 2_501)
            #expect(log.first?.action == .imported)
            #expect(log.dropFirst().allSatisfy { $0.action == .create && $0.entityType == .partnership })
            // One entry per partnership, in the order of their ids.
            #expect(log.dropFirst().map(\.entityId) == records.map(\.partnership.id).sorted().map { String($0) })
            // Each entry says what is stored: the record as read back, field by field from nothing.
            let byId = Dictionary(uniqueKeysWithValues: records.map { (String($0.partnership.id), $0) })
            #expect(
                log.dropFirst().allSatisfy { entry in
                    entry.changes == FieldChange.changes(from: nil, to: byId[entry.entityId ?? ""]?.auditValues)
                })
            let last = try #require(records.first { $0.home.code == "320200" && $0.partner.name == "City 99" })
            let entry = try #require(log.first { $0.entityId == String(last.partnership.id) })
            #expect(entry.changes.contains(FieldChange(field: "home", before: nil, after: "320200")))
            #expect(entry.changes.contains(FieldChange(field: "partner", before: nil, after: "City 99")))
            // Row 2401: City 1 in 无锡市, kind left empty, established 1981-08, status left empty.
            let dated = try #require(records.first { $0.home.code == "320200" && $0.partner.name == "City 1" })
            let datedEntry = try #require(log.first { $0.entityId == String(dated.partnership.id) })
            #expect(datedEntry.changes.contains(FieldChange(field: "kind", before: nil, after: "sisterCity")))
            #expect(datedEntry.changes.contains(FieldChange(field: "established", before: nil, after: "1981-08")))
            #expect(datedEntry.changes.contains(FieldChange(field: "status", before: nil, after: "active")))
        }
    }

    @Test(arguments: TestBackend.available)
    func reimportOfALargeFileUnchangedWritesOnlyTheImportEntry(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled, gazetteer: { Self.cities })
            let rows = try plannedRows(Self.table)
            _ = try await store.apply(rows, dryRun: false, actor: .system)

            let again = try await store.apply(rows, dryRun: false, actor: .system)

            #expect(again == ImportReport(created: 0, updated: 0, unchanged: 2_500, newPartners: 0, stored: true))
            let log = try await allEntries(database)
            #expect(log.count == 2_502)
            #expect(log.last?.action == .imported)
        }
    }

    @Test(arguments: TestBackend.available)
    func namingAPartnerAuditsEveryPartnershipOfItEvenThoseTheFileLacks(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            _ = try await store.apply(
                try plannedRows([["home", "partner_zh", "country"], ["南京市", "大阪", "JP"], ["南京市鼓楼区", "大阪", "JP"]]),
                dryRun: false, actor: .system)
            let before = try await allEntries(database).count

            let report = try await store.apply(
                try plannedRows([["home", "partner_zh", "partner", "country"], ["南京市", "大阪", "Osaka", "JP"]]),
                dryRun: false, actor: .system)

            #expect(report.updated == 1 && report.created == 0 && report.unchanged == 0)
            let records = try await store.all(PartnershipQuery())
            let log = Array(try await allEntries(database).dropFirst(before))
            #expect(log.map(\.action) == [.imported, .update, .update])
            #expect(Array(log.dropFirst().map(\.entityId)) == records.map(\.partnership.id).sorted().map { String($0) })
            // The partner's name is all that changed: the partnerships keep their version.
            #expect(
                log.dropFirst().allSatisfy {
                    $0.changes == [FieldChange(field: "partner", before: nil, after: "Osaka")]
                })
            #expect(records.allSatisfy { $0.partnership.version == 1 && $0.partner.name == "Osaka" })
        }
    }
}
