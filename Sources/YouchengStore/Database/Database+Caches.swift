import SQLKit

extension Database {
    /// Empties the page caches of SQLite's connections not in use (`PRAGMA shrink_memory`); nothing on PostgreSQL,
    /// whose caches are the server's. Each connection keeps up to 2 MB of pages it read, which stay in the server's
    /// memory after the work that read them (loading the registry fills one reader's); the operating system still
    /// holds the file's pages, so the next read costs a copy, not a disk read. `serve` calls it when quiet.
    public func releaseCaches() async {
        guard dialect == .sqlite else { return }
        for pool in [pool] + (readers.map { [$0] } ?? []) {
            await pool.withIdle { connections in
                for connection in connections {
                    try? await connection.sql(logger: logger).raw("PRAGMA shrink_memory").run()
                }
            }
        }
    }
}
