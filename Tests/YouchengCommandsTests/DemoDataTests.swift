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

    @Test func demoExchangesLoadOnTheDemoRegistryOnlyAndGiveTheFiguresWorkedOutByHand() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let services = Services(database: database)
            let before = try await DemoData.loadExchangesIfEmpty(into: services)
            _ = try await DemoData.loadIfEmpty(into: services.registry, reference: .bundled)

            let loaded = try await DemoData.loadExchangesIfEmpty(into: services)
            let again = try await DemoData.loadExchangesIfEmpty(into: services)
            let reports = services.reports
            let early = try await reports.activity(
                from: Day(parsing: "2018-01-01")!, to: Day(parsing: "2019-12-31")!, home: nil)
            let breaking = try await reports.compliance(
                from: Day(parsing: "2018-01-01")!, to: Day(parsing: "2026-12-31")!)

            #expect(!before && loaded && !again)  // not on an empty registry; once on the demo
            #expect(try await services.exchanges.count() == 38)
            // 2018–2019 in: 金泽 (市级, 12), 全州 (市级, 15), 迪拜 (厅局级, 8); out: Grenoble, Potsdam + Salzburg,
            // the three Latin American partners — all three to partners.
            #expect(early.sentence.zh == "2018至2019年，共接待外国友城来访团组3批35人次，其中副市长以上2批27人次；出访3批，其中赴友城3批。")
            // Latin America 12 days in 3 countries; Samarkand 7 days in 1; Central Europe 4 countries, 11 days.
            #expect(breaking.map(\.exchange.draft.start.description) == ["2019-11-11", "2023-08-20", "2024-10-21"])
        }
    }

    @Test func demoNoticesGoToTheDemoUnitsAndOneIsPartlyAnswered() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let services = Services(database: database)
            let utc = TimeZone(identifier: "UTC")!
            let before = try await DemoData.loadNoticesIfEmpty(into: services, timeZone: utc)
            _ = try await DemoData.loadIfEmpty(into: services.registry, reference: .bundled)
            _ = try await DemoData.loadExchangesIfEmpty(into: services)

            let loaded = try await DemoData.loadNoticesIfEmpty(into: services, timeZone: utc)
            let again = try await DemoData.loadNoticesIfEmpty(into: services, timeZone: utc)
            let today = try #require(Day(of: Date(), in: utc))
            let page = try await services.notices.list(NoticeQuery(), today: today)
            let names = Dictionary(
                uniqueKeysWithValues: try await services.accounts.units.list(includeInactive: true).map {
                    ($0.id, $0.nameZh)
                })

            #expect(!before && loaded && !again)  // not on an empty registry; once on the demo
            // Newest first: the fair invitation to the first two bureaus by name, then 金泽's request to all five
            // units the demo exchanges name, answered by 商务局 and 教育局.
            let fair = try #require(page.items.first)
            let request = try #require(page.items.last)
            #expect(page.total == 2)
            #expect(fair.notice.unitIds.compactMap { names[$0] } == ["苏州市商务局", "苏州市教育局"])
            #expect(fair.answeredCount == 0 && fair.notice.deadline?.ordinal == today.ordinal + 28)
            #expect(request.notice.toAllUnits && request.notice.unitIds.count == 5)
            #expect(Set(request.responses.keys.compactMap { names[$0] }) == ["苏州市商务局", "苏州市教育局"])
            #expect(request.unanswered.count == 3 && request.notice.partnerId != nil)
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
