import Foundation
import SQLKit
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Migration 4 and the GeoNames matching of new partners, on both databases.
@Suite struct PartnerPlaceStoreTests {
    /// Leipzig once in Germany; Portland twice in the US (ambiguous); no Bloemfontein.
    static let cities = CityGazetteer(csv: [
        ["geonameid", "name", "country", "admin1", "lat", "lon", "population", "timezone", "name_zh", "name_zh_src"],
        ["10", "Leipzig", "DE", "13", "51.33962", "12.37129", "504971", "", "莱比锡", ""],
        ["20", "Portland", "US", "OR", "45.52345", "-122.67621", "652503", "", "波特兰", ""],
        ["30", "Portland", "US", "ME", "43.66147", "-70.25533", "68408", "", "波特兰", ""],
    ])

    static let table: [[String]] = [
        ["本地主体", "外方城市", "外方城市英文名", "国家", "类型", "结好时间", "状态"],
        ["南京市", "莱比锡", "Leipzig", "DE", "友好城市", "1988", "有效"],
        ["南京市", "波特兰", "Portland", "US", "友好城市", "1988", "有效"],
        ["南京市", "布隆方丹", "Bloemfontein", "ZA", "友好城市", "2000", "有效"],
    ]

    func imported(_ database: Database) async throws -> (RegistryStore, [String: Int64]) {
        let store = RegistryStore(database: database, reference: .bundled, gazetteer: { Self.cities })
        _ = try await store.apply(try plannedRows(Self.table), dryRun: false, actor: .system)
        let ids = Dictionary(uniqueKeysWithValues: try await store.partners().map { ($0.name, $0.id) })
        return (store, ids)
    }

    @Test(arguments: TestBackend.available)
    func importGivesCoordinatesOnlyOnAUniqueMatch(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (_, ids) = try await imported(database)
            let places = PartnerPlaceStore(database: database)

            let all = try await places.places()

            #expect(
                all[ids["Leipzig"]!] == PartnerPlace(point: GeoPoint(lat: 51.33962, lon: 12.37129), source: .geonames))
            #expect(all[ids["Portland"]!] == nil)
            #expect(all[ids["Bloemfontein"]!] == nil)
            #expect(all.count == 1)
        }
    }

    @Test(arguments: TestBackend.available)
    func migrationAddsNullableColumnsAndSettingIsAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (_, ids) = try await imported(database)
            let places = PartnerPlaceStore(database: database)
            let portland = ids["Portland"]!
            let audit = AuditStore(database: database)

            try await places.set(
                partnerId: portland, to: PartnerPlace(point: GeoPoint(lat: 45.5, lon: -122.7), source: .form),
                actor: .system)

            #expect(try await places.place(partnerId: portland)?.point == GeoPoint(lat: 45.5, lon: -122.7))
            let entries = try await audit.entries(AuditQuery(entityType: .partner, entityId: String(portland)))
            #expect(entries.items.count == 1)
            let changes = entries.items.first?.changes ?? []
            #expect(changes.map(\.field) == ["lat", "lon", "coordinate_source"])
            #expect(changes.map(\.before) == [nil, nil, nil])
            #expect(changes.map(\.after) == ["45.5", "-122.7", "form"])
            let versions = try await database.withConnection { sql in
                try await sql.raw("SELECT version FROM youcheng_migrations ORDER BY version").all(
                    decodingColumn: "version", as: Int.self)
            }
            #expect(versions.contains(4))
        }
    }

    @Test(arguments: TestBackend.available)
    func reimportDoesNotOverwriteCoordinatesSetByHand(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (store, ids) = try await imported(database)
            let places = PartnerPlaceStore(database: database)
            let leipzig = ids["Leipzig"]!
            let mine = PartnerPlace(point: GeoPoint(lat: 51.3, lon: 12.4), source: .form)
            try await places.set(partnerId: leipzig, to: mine, actor: .system)

            _ = try await store.apply(try plannedRows(Self.table), dryRun: false, actor: .system)

            #expect(try await places.place(partnerId: leipzig) == mine)
        }
    }

    @Test(arguments: TestBackend.available)
    func aPartnerAddedThroughTheFormIsPlacedAsAnImportWouldPlaceIt(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled, gazetteer: { Self.cities })
            func save(_ name: String, _ country: String) async throws -> Int64 {
                try await store.save(
                    PartnershipDraft(
                        homeCode: "320100", partnerName: name, partnerNameZh: "", country: country, kind: .sisterCity,
                        established: nil, status: .active, notes: ""),
                    id: nil, expectedVersion: nil, actor: .system
                ).partner.id
            }

            let leipzig = try await save("Leipzig", "DE")
            let portland = try await save("Portland", "US")

            let places = try await PartnerPlaceStore(database: database).places()
            #expect(places[leipzig]?.point == GeoPoint(lat: 51.33962, lon: 12.37129))
            #expect(places[leipzig]?.source == .geonames)
            #expect(places[portland] == nil)  // two Portlands: left for a person to pick
        }
    }
}
