import Foundation
import SQLKit
import Testing
import YouchengCore
import YouchengTestSupport

@testable import YouchengStore

/// Migration 19 keeps an exchange's lists on SQLite in their primary key's order alone (`WITHOUT ROWID`): the rows
/// it copies survive it, the reverse indexes are there again, and deleting an exchange still deletes its lists.
@Suite struct ExchangeListTablesTests {
    static let lists = ["exchange_countries", "exchange_partners", "exchange_domain_links"]

    /// What `sqlite_master` says of `name` (its `CREATE` statement), upper-cased.
    func definition(_ name: String, _ database: Database) async throws -> String {
        try await database.withConnection { sql in
            try await sql.raw("SELECT sql FROM sqlite_master WHERE name = \(bind: name)").first(
                decodingColumn: "sql", as: String.self)
        }?.uppercased() ?? ""
    }

    /// The number of rows of `table` that belong to exchange `id`.
    func count(_ table: String, exchange id: Int64, _ database: Database) async throws -> Int {
        try await database.withConnection { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table) WHERE exchange_id = \(bind: id)").first(
                decodingColumn: "n", as: Int.self)
        } ?? -1
    }

    @Test func rebuildingTheListsKeepsTheirRowsAndIndexesAndDeletingStillCascades() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            let fixture = try await ExchangeStoreTests.Fixture(database)
            let saved = try await fixture.exchanges.save(
                ExchangeStoreTests().trip(fixture, "2025-05-01", partners: [fixture.leipzig, fixture.florence]),
                id: nil, expectedVersion: nil, actor: .system)
            for table in Self.lists {
                #expect(try await definition(table, database).hasSuffix("WITHOUT ROWID"), "\(table)")
            }

            // The migration's statements again, on tables that hold rows: each table is made anew and filled.
            try await database.writeTransaction(locking: []) { sql in
                for statement in Migration.m019ExchangeListsWithoutRowid.sqlite {
                    try await sql.raw(SQLQueryString(statement)).run()
                }
            }

            let read = try #require(try await fixture.exchanges.exchange(id: saved.id))
            #expect(read.draft.partnerIds == [fixture.florence, fixture.leipzig].sorted())
            #expect(read.draft.countries == ["DE", "IT"] && read.draft.domains == ["culture", "trade"])
            for index in ["exchange_countries_country", "exchange_partners_partner", "exchange_domain_links_domain"] {
                #expect(try await definition(index, database).hasPrefix("CREATE INDEX"), "\(index)")
            }
            #expect(try await count("exchange_countries", exchange: saved.id, database) == 2)

            _ = try await fixture.exchanges.delete(id: saved.id, expectedVersion: saved.version, actor: .system)

            for table in Self.lists {
                #expect(try await count(table, exchange: saved.id, database) == 0, "\(table)")
            }
        }
    }
}
