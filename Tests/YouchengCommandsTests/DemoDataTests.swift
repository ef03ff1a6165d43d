import Foundation
import Testing
import YouchengCommands
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct DemoDataTests {
    @Test func demoRegistryCoversEveryContinentBothKindsAndLevels() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)

            let loaded = try await DemoData.loadIfEmpty(into: store, reference: .bundled)
            let loadedAgain = try await DemoData.loadIfEmpty(into: store, reference: .bundled)
            let summary = try await store.situation(
                home: nil, asOf: PartialDate(year: 2026, month: 11, day: 23)!, reference: .bundled)

            #expect(loaded && !loadedAgain)
            #expect(try await DemoData.isDemo(store))
            #expect(try await store.count() == 62)
            #expect(summary.partnerships == 61)  // one demo partnership has ended
            #expect(Continent.allCases.allSatisfy { (summary.byContinent[$0]?.partnerships ?? 0) > 0 })
            #expect((summary.byKind[.sisterCity] ?? 0) > 0 && (summary.byKind[.friendshipCity] ?? 0) > 0)
            #expect((summary.byLevel[.city] ?? 0) > 0 && (summary.byLevel[.district] ?? 0) > 0)
        }
    }

    @Test func aRegistryWithRealDataIsNotCalledDemo() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let store = RegistryStore(database: database, reference: .bundled)
            #expect(try await DemoData.isDemo(store) == false)
            _ = try await DemoData.loadIfEmpty(into: store, reference: .bundled)
            let draft = PartnershipDraft(
                homeCode: "320500", partnerName: "Real City", partnerNameZh: "", country: "FR", kind: .sisterCity,
                established: nil, status: .active, notes: "")
            _ = try await store.save(draft, id: nil, expectedVersion: nil, actor: .system)
            #expect(try await DemoData.isDemo(store) == false)
        }
    }

    @Test func asOfMustBeAFullDate() throws {
        #expect(try SummaryRun.asOfDate("2026-11-23", today: Date()).description == "2026-11-23")
        #expect(throws: CommandFailure.self) { try SummaryRun.asOfDate("2026-11", today: Date()) }
        let newYearInBeijing = Date(timeIntervalSince1970: 1_767_196_800)  // 2025-12-31T16:00:00Z
        #expect(
            try SummaryRun.asOfDate(nil, today: newYearInBeijing, timeZone: TimeZone(identifier: "Asia/Shanghai")!)
                .description == "2026-01-01")
        #expect(
            try SummaryRun.asOfDate(nil, today: newYearInBeijing, timeZone: TimeZone(identifier: "UTC")!).description
                == "2025-12-31")
    }
}
