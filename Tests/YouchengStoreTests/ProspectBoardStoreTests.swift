import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The board's query on both databases: each stage's count, at most the cap of cards a stage (latest stage day
/// first, the later entered first on the same day), signed and dropped counted in the board's year only, other
/// homes left out.
@Suite struct ProspectBoardStoreTests {
    let admin = AuditActor(username: "admin", unitId: 1)
    let today = Day(year: 2026, month: 5, day: 20)!

    @Test(arguments: TestBackend.available)
    func eachColumnShowsItsLatestCardsUpToTheCapAndCountsThemAll(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await ProspectStoreTests.Fixture(database)
            let store = f.services.prospects
            // 苏州市 (320500): 23 identified on 2026-01-01 … 2026-01-23, in that order.
            var identified: [Int64] = []
            for d in 1...23 {
                let p = try await store.create(
                    f.toulouse(), date: Day(year: 2026, month: 1, day: d)!, today: today, by: admin)
                identified.append(p.id)
            }
            // Two contacted on the same day, and one in 姑苏区 (320508, under 苏州市) a day earlier.
            let contactedA = try await store.create(
                f.toulouse(), stage: .contacted, date: Day(year: 2026, month: 3, day: 1)!, today: today, by: admin)
            let contactedB = try await store.create(
                f.toulouse(), stage: .contacted, date: Day(year: 2026, month: 3, day: 1)!, today: today, by: admin)
            let district = try await store.create(
                f.toulouse(home: "320508"), stage: .contacted, date: Day(year: 2026, month: 2, day: 28)!,
                today: today, by: admin)
            // Dropped: one in 2025 (left off the 2026 board), one in 2026.
            for (entered, dropped) in [
                (Day(year: 2025, month: 11, day: 1)!, Day(year: 2025, month: 12, day: 20)!),
                (Day(year: 2026, month: 1, day: 5)!, Day(year: 2026, month: 2, day: 1)!),
            ] {
                let p = try await store.create(f.toulouse(), date: entered, today: today, by: admin)
                _ = try await store.changeStage(
                    id: p.id, ProspectStageRequest(stage: .dropped, date: dropped, reason: "对方无意向"),
                    expectedVersion: nil, today: today, by: admin)
            }
            // 南京市 (320100), not under 苏州市.
            _ = try await store.create(f.toulouse(home: "320100"), today: today, by: admin)

            let board = try await store.board(homeCodes: ["320500", "320508"], year: 2026)
            let small = try await store.board(homeCodes: ["320500", "320508"], year: 2026, cap: 1)

            // Identified 23 (the two dropped ones left that stage); contacted 2 + 1 in 姑苏区 = 3; dropped in 2026: 1.
            #expect(board.count(.identified) == 23 && board.count(.contacted) == 3 && board.count(.dropped) == 1)
            #expect(board.count(.negotiating) == 0 && board.counts[.signed] == nil)
            // The latest 20 of 23: entered on days 23 down to 4, so the first three entered are left off.
            #expect(board.cards(.identified).map(\.id) == Array(identified[3...].reversed()))
            #expect(board.cards(.contacted).map(\.id) == [contactedB.id, contactedA.id, district.id])
            #expect(board.cards(.dropped).map(\.stageDate) == [Day(year: 2026, month: 2, day: 1)!])
            #expect(small.cards.count == 3 && small.cards(.contacted).map(\.id) == [contactedB.id])
            #expect(small.count(.identified) == 23)
        }
    }
}
