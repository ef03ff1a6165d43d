import SQLKit

extension ExchangeStore {
    /// SQLite's page cache on the writer while it stores an import, in KiB (SQLite's default is 2,000 KiB): 300,000
    /// exchanges insert into indexes in no order (start day, title, partner, audited id), and with the default cache
    /// each insert wrote a page out to the WAL and read another back in. 64 MiB holds what the inserts keep coming
    /// back to (the last leaf of each partner's, country's and day's run in the indexes) about as well as 128 MiB
    /// did: importing 300,000 exchanges took as much CPU within the noise of a loaded machine (25–27 s of user time
    /// against 26–28 s, measured alternately) and its peak memory was 45–70 MB lower.
    static let importCacheKiB = 65_536

    /// Runs `body` on `sql` (the writer, inside its transaction) with SQLite's page cache raised to
    /// ``importCacheKiB``, then sets it back to what it was, whether `body` returns or throws. PostgreSQL keeps its
    /// own buffers: there it only runs `body`.
    func withImportCache<R>(sql: any SQLDatabase, _ body: () async throws -> R) async throws -> R {
        guard database.dialect == .sqlite else { return try await body() }
        let before =
            try await sql.raw("PRAGMA cache_size").first(decodingColumn: "cache_size", as: Int.self) ?? -2_000
        try await sql.raw("PRAGMA cache_size = \(literal: -Self.importCacheKiB)").run()
        do {
            let result = try await body()
            try await sql.raw("PRAGMA cache_size = \(literal: before)").run()
            return result
        } catch {
            try? await sql.raw("PRAGMA cache_size = \(literal: before)").run()
            throw error
        }
    }
}
