import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// An import larger than one statement holds (2,000 exchanges, 1,000 audit entries), on both databases: every row
/// is stored with its lists, audited in start order, and the partners' last exchange kept.
@Suite struct ExchangeBatchImportTests {
    @Test(arguments: TestBackend.available)
    func anImportOfMoreRowsThanOneStatementHoldsStoresAndAuditsEveryRow(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await ExchangeStoreTests.Fixture(database)
            let first = try #require(Day(parsing: "2000-01-01"))
            // Row i starts 2,100 − i days after 2000-01-01: the last row is the earliest. Even rows are Florence's.
            let rows = (0...2_100).map { i in
                ExchangeRow(
                    line: i + 2, title: "Row \(i)", start: Day(ordinal: first.ordinal + 2_100 - i)!,
                    end: Day(ordinal: first.ordinal + 2_100 - i)!, kind: .event,
                    partnerIds: [i % 2 == 0 ? f.florence : f.leipzig], countries: ["IT"], domains: ["trade"])
            }

            let report = try await f.exchanges.apply(
                ExchangeImportPlan(rows: rows, errors: [], newUnits: []), dryRun: false, actor: .system)

            #expect(report.created == 2_101)
            #expect(try await f.exchanges.count() == 2_101)
            let stored = try await f.exchanges.exchanges(from: first, to: first)
            #expect(stored.map(\.draft.title) == ["Row 2100"])
            #expect(stored.first?.draft.partnerIds == [f.florence] && stored.first?.draft.domains == ["trade"])
            // Row 0 (2,100 days on) is Florence's latest, row 1 (2,099 days) Leipzig's.
            #expect(
                try await f.exchanges.lastExchanges(asOf: Day(parsing: "2030-01-01")!) == [
                    f.florence: Day(parsing: "2005-10-01")!, f.leipzig: Day(parsing: "2005-09-30")!,
                ])
            let audit = AuditStore(database: database)
            let creations = try await audit.entries(
                AuditQuery(entityType: .exchange, action: .create, page: 5, per: 500))
            #expect(creations.total == 2_101)
            // Newest first: the last page ends with the first entry written, the earliest start.
            let earliest = try #require(creations.items.last)
            #expect(earliest.entityId == stored.first.map { String($0.id) })
            let after = Dictionary(earliest.changes.map { ($0.field, $0.after) }, uniquingKeysWith: { a, _ in a })
            #expect(after["title"] == "Row 2100" && after["start"] == "2000-01-01")
            #expect(after["partners"] == String(f.florence) && after["countries"] == "IT")
        }
    }
}
