import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The indicator list and its yearly figures on both databases: the default list the migration seeds, audited
/// writes, refusals that leave the stored rows as they were.
@Suite struct IndicatorStoreTests {
    func draft(_ code: String, formula: IndicatorFormula? = nil) -> IndicatorDraft {
        IndicatorDraft(
            code: code, category: "links", nameZh: "国际航线数", nameEn: "Air routes", measure: "条", formula: formula,
            position: 9)
    }

    func audit(_ services: Services, _ type: AuditEntityType) async throws -> [AuditEntry] {
        try await services.audit.entries(AuditQuery(entityType: type)).items
    }

    @Test(arguments: TestBackend.available)
    func theMigrationSeedsSixCategoriesAndTheDefaultList(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let store = Services(database: database).indicators
            #expect(
                try await store.categories().map(\.code) == [
                    "layout", "exchange", "results", "mechanism", "links", "presence",
                ])
            let indicators = try await store.indicators()
            // 13 formulas each once, and 4 hand-entered figures.
            #expect(indicators.count == 17)
            #expect(Set(indicators.compactMap(\.draft.formula)) == Set(IndicatorFormula.allCases))
            #expect(indicators.filter { $0.draft.formula == nil }.map(\.draft.code) == ["E1", "E2", "F1", "F2"])
            #expect(indicators.first { $0.draft.code == "A5" }?.draft.direction == .lower)
        }
    }

    @Test(arguments: TestBackend.available)
    func savingCreatesAndChangesAuditedAndRefusesADuplicateCodeOrAStaleVersion(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let store = services.indicators
            let created = try await store.save(draft("E9"), id: nil, expectedVersion: nil, actor: .system)
            var changed = created.draft
            changed.nameEn = "International air routes"
            let updated = try await store.save(changed, id: created.id, expectedVersion: 1, actor: .system)
            #expect(updated.version == 2 && updated.draft.nameEn == "International air routes")
            await #expect(throws: IndicatorError.duplicateCode("E1")) {
                _ = try await store.save(draft("E1"), id: nil, expectedVersion: nil, actor: .system)
            }
            await #expect(throws: IndicatorError.staleVersion(current: 2)) {
                _ = try await store.save(changed, id: created.id, expectedVersion: 1, actor: .system)
            }
            let entries = try await audit(services, .indicator)
            #expect(entries.map(\.action).sorted { $0.rawValue < $1.rawValue } == [.create, .update])
            #expect(try await store.indicator(id: created.id).draft.nameEn == "International air routes")
        }
    }

    @Test(arguments: TestBackend.available)
    func yearFiguresAreSetReadAndRemovedWithAnAuditEntryEach(_ backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let services = Services(database: database)
            let store = services.indicators
            let flights = try #require(try await store.indicators().first { $0.draft.code == "E1" })
            let figures = IndicatorYear(
                indicatorId: flights.id, year: 2025, target: 20, value: 19.5, source: "市口岸办")
            try await store.setYear(figures, actor: .system)
            try await store.setYear(figures, actor: .system)  // unchanged: no second entry
            #expect(try await store.years(2025) == [figures])
            #expect(try await store.years(2024).isEmpty)
            try await store.setYear(IndicatorYear(indicatorId: flights.id, year: 2025, target: nil), actor: .system)
            #expect(try await store.years(2025).isEmpty)
            let entries = try await audit(services, .indicatorYear)
            #expect(entries.count == 2)
            #expect(entries.allSatisfy { $0.entityId == "\(flights.id)/2025" })
        }
    }

    @Test(arguments: TestBackend.available)
    func deletingAnIndicatorDeletesItsFiguresAndMakingItComputedClearsHandValues(_ backend: TestBackend)
        async throws
    {
        try await backend.withDatabase { database in
            let store = Services(database: database).indicators
            let indicators = try await store.indicators()
            let flights = try #require(indicators.first { $0.draft.code == "E1" })
            let schools = try #require(indicators.first { $0.draft.code == "E2" })
            try await store.setYear(
                IndicatorYear(indicatorId: flights.id, year: 2025, target: 20, value: 19, source: "市口岸办"),
                actor: .system)
            try await store.setYear(
                IndicatorYear(indicatorId: schools.id, year: 2025, target: 5, value: 4, source: "市教育局"), actor: .system)
            var computed = schools.draft
            computed.formula = .exchanges
            _ = try await store.save(computed, id: schools.id, expectedVersion: schools.version, actor: .system)
            _ = try await store.delete(id: flights.id, expectedVersion: flights.version, actor: .system)
            // Flights gone with its figures; schools keeps its target, loses its hand value and source.
            #expect(try await store.years(2025) == [IndicatorYear(indicatorId: schools.id, year: 2025, target: 5)])
            await #expect(throws: IndicatorError.notFound) { _ = try await store.indicator(id: flights.id) }
        }
    }
}
