import Foundation
import SQLKit
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// A value the program cannot read — written by hand here with raw SQL — is an error naming table, row and column,
/// never a silent default.
@Suite struct StoredValueStrictnessTests {
    /// The sample registry stored, and the id of Nanjing–Nagoya (the first row).
    func seeded(_ database: Database) async throws -> (RegistryStore, Int64) {
        let store = RegistryStore(database: database, reference: .bundled)
        _ = try await store.apply(try plannedRows(sampleTable), dryRun: false, actor: .system)
        let nagoya = try #require(
            try await store.all(PartnershipQuery()).first { $0.home.code == "320100" && $0.partner.name == "Nagoya" })
        return (store, nagoya.partnership.id)
    }

    @Test(arguments: TestBackend.available)
    func anUnknownPartnershipKindIsAnErrorNamingTableRowAndColumn(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (store, id) = try await seeded(database)
            try await database.withConnection { sql in
                try await sql.raw("UPDATE partnerships SET kind = 'twinTown' WHERE id = \(bind: id)").run()
            }
            let expected = StoredValueError(table: "partnerships", id: id, column: "kind", value: "twinTown")

            await #expect(throws: expected) { try await store.partnership(id: id) }
            await #expect(throws: expected) { try await store.list(PartnershipQuery()) }
            await #expect(throws: expected) { try await store.all(PartnershipQuery()) }
            await #expect(throws: expected) {
                try await store.summaryEntries(homeCodes: nil, asOf: PartialDate(parsing: "2026-01-01")!)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func anUnknownStatusOrUnreadableEstablishedDateIsAnErrorNotADefault(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (store, id) = try await seeded(database)
            try await database.withConnection { sql in
                try await sql.raw("UPDATE partnerships SET status = 'dormant' WHERE id = \(bind: id)").run()
            }
            await #expect(throws: StoredValueError(table: "partnerships", id: id, column: "status", value: "dormant")) {
                try await store.partnership(id: id)
            }
            try await database.withConnection { sql in
                try await sql.raw(
                    "UPDATE partnerships SET status = 'active', established = 'soon' WHERE id = \(bind: id)"
                ).run()
            }
            await #expect(
                throws: StoredValueError(table: "partnerships", id: id, column: "established", value: "soon")
            ) { try await store.partnership(id: id) }
        }
    }

    @Test(arguments: TestBackend.available)
    func anUnknownHomeLevelIsAnErrorInTheSummary(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let (store, id) = try await seeded(database)
            try await database.withConnection { sql in
                try await sql.raw("UPDATE partnerships SET home_level = 'county' WHERE id = \(bind: id)").run()
            }
            await #expect(
                throws: StoredValueError(table: "partnerships", id: id, column: "home_level", value: "county")
            ) { try await store.summaryEntries(homeCodes: nil, asOf: PartialDate(parsing: "2026-01-01")!) }
        }
    }

    @Test(arguments: TestBackend.available)
    func anUnknownDomainBalanceOrLeaderRankIsAnError(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let exchanges = ExchangeStore(database: database)
            let saved = try await exchanges.save(
                ExchangeDraft(
                    title: "Visit", start: Day(parsing: "2025-03-01")!, end: Day(parsing: "2025-03-02")!,
                    kind: .incomingDelegation, rank: .city),
                id: nil, expectedVersion: nil, actor: .system)
            try await database.withConnection { sql in
                try await sql.raw("UPDATE exchanges SET leader_rank = 'emperor' WHERE id = \(bind: saved.id)").run()
                try await sql.raw("UPDATE exchange_domains SET balance = 'heavy' WHERE code = 'culture'").run()
            }

            await #expect(
                throws: StoredValueError(table: "exchanges", id: saved.id, column: "leader_rank", value: "emperor")
            ) { try await exchanges.exchange(id: saved.id) }
            await #expect(
                throws: StoredValueError(table: "exchange_domains", row: "culture", column: "balance", value: "heavy")
            ) { try await exchanges.domains() }
        }
    }

    @Test func theMessageNamesTableRowColumnAndValueInBothLanguages() {
        let error = StoredValueError(table: "partnerships", id: 12, column: "kind", value: "twinTown")

        let unkeyed = StoredValueError(table: "exchanges", row: nil, column: "start_day", value: "x")

        #expect(
            error.message.en
                == #"unreadable value in the database: table partnerships, row id 12, column kind is "twinTown""#)
        #expect(error.message.zh == "数据库中有无法读取的值：表 partnerships 中 id 为 12 的行，kind 列为「twinTown」")
        #expect(unkeyed.message.en == #"unreadable value in the database: table exchanges, column start_day is "x""#)
        #expect(unkeyed.message.zh == "数据库中有无法读取的值：表 exchanges 中，start_day 列为「x」")
    }
}
