import SQLKit
import Testing
import YouchengStore
import YouchengTestSupport

/// Reads do not queue behind a write: SQLite's readers read beside its one writer (WAL mode), PostgreSQL's pool
/// lends another connection; and on SQLite a read that tries to write is refused.
@Suite struct DatabaseReadersTests {
    static func counters(_ database: Database) async throws -> Int {
        try await database.read { sql in
            try await sql.raw("SELECT COUNT(*) AS n FROM change_counters").first(decodingColumn: "n", as: Int.self) ?? 0
        }
    }

    @Test(arguments: TestBackend.available)
    func aReadAnswersWhileAWriteTransactionIsOpenAndSeesOnlyWhatWasCommitted(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let before = try await Self.counters(database)
            let (started, markStarted) = AsyncStream<Void>.makeStream()
            let (gate, openGate) = AsyncStream<Void>.makeStream()
            let write = Task {
                try await database.writeTransaction(locking: ["change_counters"]) { sql in
                    try await sql.raw("INSERT INTO change_counters (name, value) VALUES ('test', 1)").run()
                    markStarted.yield()
                    for await _ in gate { break }
                }
            }
            for await _ in started { break }
            // If reads waited for the writer this would never answer; give up after ten seconds rather than hang.
            let during = await answerOrGiveUp { try await Self.counters(database) }
            openGate.yield()
            openGate.finish()
            try await write.value
            #expect(during == before)
            #expect(try await Self.counters(database) == before + 1)
        }
    }

    @Test func anSQLiteReaderRefusesToWrite() async throws {
        try await TestBackend.sqlite.withDatabase { database in
            await #expect(throws: (any Error).self) {
                try await database.read { sql in
                    try await sql.raw("INSERT INTO change_counters (name, value) VALUES ('test', 1)").run()
                }
            }
            let stored = try await Self.counters(database)
            #expect(stored == 1)
        }
    }
}
