import Foundation
import SQLKit
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// An import hands its rows to the database as JSON: text that JSON must escape (quotes, backslashes, line breaks,
/// control characters) and values left blank are stored and audited exactly as given, on both databases; on SQLite
/// the writer's page cache, raised for the import, is set back afterwards.
@Suite struct ExchangeImportJSONRowsTests {
    static let outcomes = "签约 \"友好\" 备忘录\\附件\n第二行\r\n\t缩进 bell\u{07} 😀"

    func rows(_ f: ExchangeStoreTests.Fixture) -> [ExchangeRow] {
        [
            ExchangeRow(
                line: 2, title: "Visit \"Florence\" \\ 佛罗伦萨/Firenze", start: Day(parsing: "2024-03-01")!,
                end: Day(parsing: "2024-03-05")!, kind: .outgoingDelegation, partnerIds: [f.florence],
                countries: ["IT"], unitName: "外办", rank: .city, people: 6, domains: ["culture", "trade"],
                outcomes: Self.outcomes),
            ExchangeRow(
                line: 3, title: "Letter", start: Day(parsing: "2024-03-02")!, end: Day(parsing: "2024-03-02")!,
                kind: .letter),
        ]
    }

    @Test(arguments: TestBackend.available)
    func escapedTextAndBlankValuesAreStoredAndAuditedAsGiven(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let f = try await ExchangeStoreTests.Fixture(database)

            let report = try await f.exchanges.apply(
                ExchangeImportPlan(rows: rows(f), errors: [], newUnits: []), dryRun: false, actor: .system)

            #expect(report.created == 2)
            let stored = try await f.exchanges.exchanges(
                from: Day(parsing: "2024-03-01")!, to: Day(parsing: "2024-03-02")!)
            #expect(stored.map(\.draft.title) == ["Visit \"Florence\" \\ 佛罗伦萨/Firenze", "Letter"])
            let visit = try #require(stored.first?.draft)
            #expect(visit.outcomes == Self.outcomes && visit.unitId == f.unit && visit.people == 6)
            #expect(visit.partnerIds == [f.florence] && visit.countries == ["IT"] && visit.rank == .city)
            #expect(visit.domains == ["culture", "trade"])
            let letter = try #require(stored.last?.draft)
            #expect(letter.unitId == nil && letter.rank == nil && letter.people == nil && letter.outcomes == "")
            #expect(letter.partnerIds.isEmpty && letter.countries.isEmpty && letter.domains.isEmpty)
            let entries = try await AuditStore(database: database).entries(
                AuditQuery(entityType: .exchange, action: .create, page: 1, per: 10))
            // Newest first: the letter (written second) comes first.
            #expect(entries.items.map(\.entityId) == stored.reversed().map { String($0.id) })
            let after = Dictionary(
                (entries.items.last?.changes ?? []).map { ($0.field, $0.after) }, uniquingKeysWith: { a, _ in a })
            #expect(after["title"] == "Visit \"Florence\" \\ 佛罗伦萨/Firenze" && after["outcomes"] == Self.outcomes)
            #expect(after["unitId"] == String(f.unit) && after["people"] == "6")
        }
    }

    @Test func sqliteWritersPageCacheIsSetBackAfterAnImportAndADryRun() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let f = try await ExchangeStoreTests.Fixture(database)
            @Sendable func cacheSize() async throws -> Int? {
                try await database.withConnection { sql in
                    try await sql.raw("PRAGMA cache_size").first(decodingColumn: "cache_size", as: Int.self)
                }
            }
            let before = try await cacheSize()

            _ = try await f.exchanges.apply(
                ExchangeImportPlan(rows: rows(f), errors: [], newUnits: []), dryRun: true, actor: .system)
            let afterDryRun = try await cacheSize()
            _ = try await f.exchanges.apply(
                ExchangeImportPlan(rows: rows(f), errors: [], newUnits: []), dryRun: false, actor: .system)

            #expect(before == -2_000)
            #expect(afterDryRun == -2_000)
            #expect(try await cacheSize() == -2_000)
        }
    }
}
