import SQLKit
import Testing
import YouchengStore
import YouchengTestSupport

/// `releaseCaches` (run by `serve` when quiet) leaves connections in use alone and gives every connection back.
@Suite struct DatabaseCachesTests {
    static func counters(_ sql: any SQLDatabase) async throws -> Int {
        try await sql.raw("SELECT COUNT(*) AS n FROM change_counters").first(decodingColumn: "n", as: Int.self) ?? 0
    }

    @Test(arguments: TestBackend.available)
    func releasingCachesPassesOverAReadInProgressAndEveryConnectionServesAfterwards(backend: TestBackend)
        async throws
    {
        try await backend.withDatabase { database in
            let (started, markStarted) = AsyncStream<Void>.makeStream()
            let (gate, openGate) = AsyncStream<Void>.makeStream()
            let holding = Task {
                try await database.read { sql in
                    markStarted.yield()
                    for await _ in gate { break }
                    return try await Self.counters(sql)
                }
            }
            for await _ in started { break }
            let released: Bool? = await answerOrGiveUp {
                await database.releaseCaches(); return true
            }
            openGate.yield()
            openGate.finish()
            #expect(released == true, "releaseCaches waited for the read in progress")
            #expect(try await holding.value == 1)

            // The test databases have two connections to read on: both at once, each waiting for the other, only
            // answer if releasing gave every connection back.
            let both: [Int]? = await answerOrGiveUp {
                let barrier = Barrier(count: 2)
                return try await withThrowingTaskGroup(of: Int.self) { group in
                    for _ in 0..<2 {
                        group.addTask {
                            try await database.read { sql in
                                await barrier.arrive()
                                return try await Self.counters(sql)
                            }
                        }
                    }
                    return try await group.reduce(into: []) { $0.append($1) }
                }
            }
            #expect(both == [1, 1])
            try await database.withConnection { sql in
                try await sql.raw("INSERT INTO change_counters (name, value) VALUES ('test', 1)").run()
            }
            #expect(try await database.read { try await Self.counters($0) } == 2)
        }
    }
}

/// Lets callers through once `count` of them have arrived.
actor Barrier {
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private let count: Int

    init(count: Int) { self.count = count }

    func arrive() async {
        if waiting.count + 1 == count {
            for waiter in waiting { waiter.resume() }
            waiting = []
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }
}
