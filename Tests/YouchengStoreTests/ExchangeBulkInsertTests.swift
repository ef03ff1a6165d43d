import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The bulk path of an import draws its ids before it inserts, and checks references when it commits.
@Suite struct ExchangeBulkInsertTests {
    func rows(_ titles: [String], partner: Int64, start: String = "2024-03-01") -> [ExchangeRow] {
        titles.enumerated().map { n, title in
            ExchangeRow(
                line: n + 2, title: title, start: Day(parsing: start)!, end: Day(parsing: start)!, kind: .event,
                partnerIds: [partner], countries: ["IT"], domains: ["trade"])
        }
    }

    @Test(arguments: TestBackend.available)
    func importedExchangesTakeTheIdsAfterTheLargestEverUsed(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await ExchangeStoreTests.Fixture(database)
            let first = try await f.exchanges.apply(
                ExchangeImportPlan(rows: rows(["A", "B", "C"], partner: f.florence), errors: [], newUnits: []),
                dryRun: false, actor: .system)
            #expect(first.created == 3)
            // Deleting the newest (id 3) does not free its id: the next import starts at 4, as one insert would.
            let newest = try #require(
                try await f.exchanges.exchanges(from: Day(parsing: "2024-03-01")!, to: Day(parsing: "2024-03-01")!).map(
                    \.id
                ).max())
            #expect(newest == 3)
            _ = try await f.exchanges.delete(id: newest, expectedVersion: nil, actor: .system)
            _ = try await f.exchanges.apply(
                ExchangeImportPlan(
                    rows: rows(["D", "E"], partner: f.florence, start: "2024-04-01"), errors: [], newUnits: []),
                dryRun: false, actor: .system)
            let day = Day(parsing: "2024-04-01")!
            #expect(try await f.exchanges.exchanges(from: day, to: day).map(\.id) == [4, 5])
        }
    }

    @Test(arguments: TestBackend.available)
    func anImportNamingAPartnerNoLongerStoredStoresNothing(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await ExchangeStoreTests.Fixture(database)
            // Partner 999,999 does not exist: a plan checked against partners since deleted.
            let plan = ExchangeImportPlan(
                rows: rows(["A"], partner: f.florence) + rows(["B"], partner: 999_999), errors: [], newUnits: [])
            await #expect(throws: (any Error).self) {
                try await f.exchanges.apply(plan, dryRun: false, actor: .system)
            }
            #expect(try await f.exchanges.count() == 0)
            let audit = try await AuditStore(database: database).entries(
                AuditQuery(entityType: .exchange, page: 1, per: 10))
            #expect(audit.total == 0)
        }
    }
}
