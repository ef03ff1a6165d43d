import Foundation
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// The ids an import's insert hands back are matched to its rows by their order: each exchange gets its own
/// partners, countries and domains, and its own audit entry, whatever order the file lists the days in.
@Suite struct ExchangeImportListsTests {
    static let first = Day(parsing: "2024-01-01")!

    /// Row i starts on day (7 × i) mod 30 of 2024: the file is not in start order. Even rows are Florence's in Italy
    /// about trade, odd rows Leipzig's in Germany about culture; row i has i + 1 people.
    static func rows(_ f: ExchangeStoreTests.Fixture) -> [ExchangeRow] {
        (0..<30).map { i in
            ExchangeRow(
                line: i + 2, title: "Row \(i)", start: Day(ordinal: first.ordinal + (7 * i) % 30)!,
                end: Day(ordinal: first.ordinal + (7 * i) % 30)!, kind: .event,
                partnerIds: [i % 2 == 0 ? f.florence : f.leipzig], countries: [i % 2 == 0 ? "IT" : "DE"],
                people: i + 1, domains: [i % 2 == 0 ? "trade" : "culture"])
        }
    }

    @Test(arguments: TestBackend.available)
    func eachImportedExchangeKeepsItsOwnListsAndAuditEntry(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await ExchangeStoreTests.Fixture(database)
            let (first, rows) = (Self.first, Self.rows(f))

            _ = try await f.exchanges.apply(
                ExchangeImportPlan(rows: rows, errors: [], newUnits: []), dryRun: false, actor: .system)

            let stored = try await f.exchanges.exchanges(from: first, to: Day(ordinal: first.ordinal + 29)!)
            #expect(stored.count == 30)
            for exchange in stored {
                let i = try #require(exchange.draft.people) - 1
                let even = i % 2 == 0
                #expect(exchange.draft.title == "Row \(i)")
                #expect(exchange.draft.partnerIds == [even ? f.florence : f.leipzig])
                #expect(exchange.draft.countries == [even ? "IT" : "DE"])
                #expect(exchange.draft.domains == [even ? "trade" : "culture"])
            }
            let entries = try await AuditStore(database: database).entries(
                AuditQuery(entityType: .exchange, action: .create, page: 1, per: 50))
            for entry in entries.items {
                let after = Dictionary(entry.changes.map { ($0.field, $0.after) }, uniquingKeysWith: { a, _ in a })
                let exchange = try #require(stored.first { String($0.id) == entry.entityId })
                #expect(
                    after["title"] == exchange.draft.title && after["people"] == exchange.draft.people.map(String.init))
                #expect(after["countries"] == exchange.draft.countries.first)
            }
            #expect(entries.items.count == 30)
        }
    }
}
