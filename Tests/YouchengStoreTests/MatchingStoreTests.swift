import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// Matching settings and city themes on both databases: versions, refusals of stale writes, audit entries, and the
/// context a suggestion request reads from the registry and these tables.
@Suite struct MatchingStoreTests {
    let admin = AuditActor(username: "admin", unitId: 1)
    let groups = ReferenceData.bundled.countries.groups
    let settings = MatchSettings(
        homeCode: "320100", population: 9_000_000,
        shares: [TargetShare(.continent, "europe", percent: 30), TargetShare(.group, "BRI-MOU", percent: 40)],
        version: 0)

    @Test(arguments: TestBackend.available)
    func aHomeWithoutStoredSettingsHasTheDefaultsAndSavingStoresVersionOneAudited(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services.forTests(database, clock: TestClock("2026-04-20T09:00:00Z"))
            let store = services.matching
            #expect(try await store.settings(home: "320100", groups: groups).isDefault)

            let saved = try await store.save(settings, expectedVersion: 0, groups: groups, by: admin)

            #expect(saved.version == 1)
            let read = try await store.settings(home: "320100", groups: groups)
            #expect(read == saved)
            let audit = try await services.audit.entries(AuditQuery(entityType: .matchSettings, entityId: "320100"))
            #expect(audit.items.map(\.action) == [.create])
            #expect(audit.items.first?.changes.contains { $0.field == "group:BRI-MOU" && $0.after == "40" } == true)
        }
    }

    @Test(arguments: TestBackend.available)
    func aStaleVersionIsRefusedAndTheSameValuesWriteNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services.forTests(database, clock: TestClock("2026-04-20T09:00:00Z"))
            let store = services.matching
            _ = try await store.save(settings, expectedVersion: 0, groups: groups, by: admin)
            var changed = settings
            changed.shares = [TargetShare(.continent, "asia", percent: 50)]
            let second = try await store.save(changed, expectedVersion: 1, groups: groups, by: admin)
            #expect(second.version == 2)

            await #expect(throws: MatchingError.staleVersion(current: 2)) {
                _ = try await store.save(settings, expectedVersion: 1, groups: groups, by: admin)
            }
            _ = try await store.save(changed, expectedVersion: 2, groups: groups, by: admin)

            let read = try await store.settings(home: "320100", groups: groups)
            #expect(read.shares == [TargetShare(.continent, "asia", percent: 50)] && read.version == 2)
            let audit = try await services.audit.entries(AuditQuery(entityType: .matchSettings))
            #expect(audit.items.count == 2)
        }
    }

    @Test(arguments: TestBackend.available)
    func cityThemesAreReplacedByVersionAndEmptyRemovesThem(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services.forTests(database, clock: TestClock("2026-04-20T09:00:00Z"))
            let store = services.matching
            let first = try await store.saveCityThemes(
                geonameId: 2_972_315, themes: ["航空航天", "aerospace"], expectedVersion: 0, by: admin)
            #expect(first.version == 1)
            await #expect(throws: MatchingError.staleVersion(current: 1)) {
                _ = try await store.saveCityThemes(geonameId: 2_972_315, themes: [], expectedVersion: 0, by: admin)
            }
            #expect(try await store.allCityThemes() == [2_972_315: ["航空航天", "aerospace"]])

            let removed = try await store.saveCityThemes(
                geonameId: 2_972_315, themes: [], expectedVersion: 1, by: admin)

            #expect(removed.version == 0)
            #expect(try await store.allCityThemes().isEmpty)
            let audit = try await services.audit.entries(AuditQuery(entityType: .cityThemes, entityId: "2972315"))
            #expect(Set(audit.items.map(\.action)) == [.create, .delete])
        }
    }

    @Test(arguments: TestBackend.available)
    func theContextReadsTheRegistrySettingsAndCityThemes(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services.forTests(database, clock: TestClock("2026-04-20T09:00:00Z"))
            _ = try await services.registry.save(
                PartnershipDraft(
                    homeCode: "320100", partnerName: "Lyon", partnerNameZh: "里昂", country: "FR", kind: .sisterCity,
                    established: nil, status: .active, notes: ""),
                id: nil, expectedVersion: nil, actor: .system)
            _ = try await services.matching.save(settings, expectedVersion: 0, groups: groups, by: admin)
            _ = try await services.matching.saveCityThemes(
                geonameId: 2, themes: ["aerospace"], expectedVersion: 0, by: admin)
            let gazetteer = CityGazetteer(csv: [
                ["geonameid", "name", "country", "lat", "lon", "population", "name_zh"],
                ["1", "Lyon", "FR", "0", "0", "520000", "里昂"], ["2", "Toulouse", "FR", "0", "0", "500000", ""],
            ])
            let home = try #require(ReferenceData.bundled.localities.locality("320100"))

            let context = try await services.matching.context(
                home: home, registry: services.registry, reference: .bundled, gazetteer: gazetteer)
            let page = context.suggestions(
                SuggestionQuery(themes: ["Aerospace"]), gazetteer: gazetteer, catalog: ReferenceData.bundled.countries)

            // Lyon is the partner; Toulouse: France has a partner (0), Europe 1 of 1 ≥ 30% (0), BRI-MOU 0 of 1 and
            // France is no signatory (0), 500,000 against 9,000,000 is the next band (7), aerospace (10) → 17.
            #expect(page.items.map(\.city.name) == ["Toulouse"])
            #expect(page.items.first?.total == 17)
        }
    }

    /// A city the home already has as a prospect is in its pipeline and not suggested, until the prospect is dropped.
    @Test(arguments: TestBackend.available)
    func aCityInTheHomesPipelineIsNotSuggestedUntilDropped(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services.forTests(database, clock: TestClock("2026-04-20T09:00:00Z"))
            let unit = try await services.accounts.units.create(
                UnitDraft(nameZh: "外办", nameEn: "", kind: .bureau, homeCode: nil, contactPerson: ""), by: .system)
            let gazetteer = CityGazetteer(csv: [
                ["geonameid", "name", "country", "lat", "lon", "population", "name_zh"],
                ["1", "Lyon", "FR", "0", "0", "520000", "里昂"], ["2", "Toulouse", "FR", "0", "0", "500000", ""],
            ])
            let home = try #require(ReferenceData.bundled.localities.locality("320100"))
            func suggested() async throws -> [String] {
                try await services.matching.context(
                    home: home, registry: services.registry, reference: .bundled, gazetteer: gazetteer
                ).suggestions(SuggestionQuery(), gazetteer: gazetteer, catalog: ReferenceData.bundled.countries)
                    .items.map(\.city.name)
            }
            #expect(try await suggested() == ["Lyon", "Toulouse"])
            let today = Day(parsing: "2026-04-20")!
            let prospect = try await services.prospects.create(
                ProspectDraft(
                    name: "Toulouse", nameZh: "图卢兹", country: "FR", geonameId: 2, homeCode: "320100", unitId: unit.id),
                today: today, by: .system)
            // Another home's prospect of Lyon leaves this home's suggestions alone.
            _ = try await services.prospects.create(
                ProspectDraft(
                    name: "Lyon", nameZh: "里昂", country: "FR", geonameId: 1, homeCode: "320500", unitId: unit.id),
                today: today, by: .system)
            #expect(try await suggested() == ["Lyon"])
            _ = try await services.prospects.changeStage(
                id: prospect.id, ProspectStageRequest(stage: .dropped, date: today, reason: "无意向"),
                expectedVersion: nil, today: today, by: .system)
            #expect(try await suggested() == ["Lyon", "Toulouse"])
        }
    }
}
