import Foundation
import Logging
import NIOCore
import PostgresKit
import SQLKit
import SQLiteKit
import YouchengCore

/// The database Youcheng keeps its records in: an SQLite file or a PostgreSQL server, migrated on open.
public final class Database: Sendable {
    /// Which SQL the database speaks where the two differ.
    public enum Dialect: Sendable {
        /// The embedded SQLite file.
        case sqlite
        /// A PostgreSQL server.
        case postgres
    }

    /// SQLite or PostgreSQL.
    public let dialect: Dialect
    /// Where it is.
    public let url: DatabaseURL
    let logger: Logger
    /// Every write, and on PostgreSQL every read too.
    let pool: ConnectionPool
    /// SQLite's read-only connections, which read beside the writer in WAL mode; nil where reads share `pool`.
    let readers: ConnectionPool?

    private init(dialect: Dialect, url: DatabaseURL, logger: Logger, pool: ConnectionPool, readers: ConnectionPool?) {
        self.dialect = dialect
        self.url = url
        self.logger = logger
        self.pool = pool
        self.readers = readers
    }

    /// Opens the database (SQLite in WAL mode with foreign keys on) and applies pending migrations. `poolSize` is
    /// the number of PostgreSQL connections, or of SQLite's readers beside its one writer.
    public static func open(_ url: DatabaseURL, logger: Logger, poolSize: Int = 4, migrate: Bool = true) async throws
        -> Database
    {
        let database: Database
        switch url {
        case .sqlite(let path):
            let connection = try await openSQLite(path: path, readOnly: false, logger: logger)
            // One writer: SQLite serializes writers anyway, and sharing one avoids SQLITE_BUSY between them.
            let pool = ConnectionPool(connections: [connection]) {
                try await openSQLite(path: path, readOnly: false, logger: logger)
            }
            // An in-memory database exists only in its one connection, so there it reads on the writer.
            var readers: ConnectionPool?
            if path != ":memory:" {
                var connections: [Connection] = []
                do {
                    for _ in 0..<max(1, poolSize) {
                        connections.append(try await openSQLite(path: path, readOnly: true, logger: logger))
                    }
                } catch {
                    for opened in connections + [connection] { await opened.close() }
                    throw error
                }
                readers = ConnectionPool(connections: connections) {
                    try await openSQLite(path: path, readOnly: true, logger: logger)
                }
            }
            database = Database(dialect: .sqlite, url: url, logger: logger, pool: pool, readers: readers)
        case .postgres(let address, let schema):
            var configuration = try SQLPostgresConfiguration(url: address)
            if let schema { configuration.searchPath = [schema] }
            let core = configuration.coreConfiguration
            if let schema {
                let setup = try await connectPostgres(core, searchPath: nil, logger: logger)
                try await closing(setup) {
                    // Two processes creating the schema at once race even with IF NOT EXISTS; a lock orders them.
                    let sql = setup.sql(logger: logger)
                    try await sql.raw("SELECT pg_advisory_lock(\(literal: Migrator.lockKey))").run()
                    try await sql.raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
                    try await sql.raw("SELECT pg_advisory_unlock(\(literal: Migrator.lockKey))").run()
                }
                await setup.close()
            }
            var connections: [Connection] = []
            do {
                for _ in 0..<max(1, poolSize) {
                    connections.append(try await connectPostgres(core, searchPath: schema, logger: logger))
                }
            } catch {
                for connection in connections { await connection.close() }
                throw error
            }
            let pool = ConnectionPool(connections: connections) {
                try await connectPostgres(core, searchPath: schema, logger: logger)
            }
            database = Database(dialect: .postgres, url: url, logger: logger, pool: pool, readers: nil)
        }
        if migrate {
            do {
                try await Migrator.migrate(database)
            } catch {
                await database.close()
                throw error
            }
        }
        return database
    }

    private static func openSQLite(path: String, readOnly: Bool, logger: Logger) async throws -> Connection {
        let storage: SQLiteConnection.Storage = path == ":memory:" ? .memory : .file(path: path)
        let connection = Connection.sqlite(try await SQLiteConnection.open(storage: storage, logger: logger))
        try await closing(connection) {
            let sql = connection.sql(logger: logger)
            if path != ":memory:" {
                try await sql.raw("PRAGMA journal_mode = WAL").run()
                try await sql.raw("PRAGMA synchronous = NORMAL").run()
            }
            try await sql.raw("PRAGMA foreign_keys = ON").run()
            try await sql.raw("PRAGMA busy_timeout = 10000").run()
            // A reader refuses to write, so a write sent to one by mistake fails loudly instead of racing the writer.
            if readOnly { try await sql.raw("PRAGMA query_only = ON").run() }
        }
        return connection
    }

    private static let connectionIDs = ConnectionCounter()

    private static func connectPostgres(
        _ configuration: PostgresConnection.Configuration, searchPath: String?, logger: Logger
    ) async throws -> Connection {
        let connection = Connection.postgres(
            try await PostgresConnection.connect(
                configuration: configuration, id: await connectionIDs.next(), logger: logger))
        if let searchPath {
            try await closing(connection) {
                try await connection.sql(logger: logger).raw("SET search_path TO \(ident: searchPath)").run()
            }
        }
        return connection
    }

    /// Runs `body`; if it throws, closes `connection` first (the drivers insist a connection is closed before it goes).
    private static func closing(_ connection: Connection, _ body: () async throws -> Void) async throws {
        do {
            try await body()
        } catch {
            await connection.close()
            throw error
        }
    }

    /// Runs `body` with a connection of its own that may write (on SQLite, the one writer). Like every write, it
    /// makes the request forget what it read beforehand (`RequestReads`).
    public func withConnection<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        RequestReads.forget()
        return try await lending(from: pool, body)
    }

    /// Runs `body`, which only reads, with a connection of its own: on SQLite one of the readers, which do not wait
    /// for the writer (WAL mode) and refuse to write; on PostgreSQL any connection.
    public func read<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        try await lending(from: readers ?? pool, body)
    }

    private func lending<R: Sendable>(
        from pool: ConnectionPool, _ body: @Sendable (any SQLDatabase) async throws -> R
    ) async throws -> R {
        try await lending(from: pool) { _, sql in try await body(sql) }
    }

    /// Runs `body`, which only reads, as `read` does, with the connection itself too (for what only its driver
    /// offers).
    func readOnConnection<R: Sendable>(_ body: @Sendable (Connection, any SQLDatabase) async throws -> R)
        async throws -> R
    {
        try await lending(from: readers ?? pool, body)
    }

    private func lending<R: Sendable>(
        from pool: ConnectionPool, _ body: @Sendable (Connection, any SQLDatabase) async throws -> R
    ) async throws -> R {
        let connection = try await pool.lease()
        do {
            let result = try await body(connection, connection.sql(logger: logger))
            await pool.release(connection)
            return result
        } catch {
            await pool.release(connection)
            throw error
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    public func transaction<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        RequestReads.forget()
        return try await run(begin: ["BEGIN"], body)
    }

    /// Runs `body` in one transaction that takes the write lock at its start, so two writers (two processes on one
    /// SQLite file, two servers on PostgreSQL) wait for each other instead of failing half-way: SQLite begins
    /// IMMEDIATE; PostgreSQL locks `tables` against other writers while readers go on.
    public func writeTransaction<R: Sendable>(
        locking tables: [String], _ body: @Sendable (any SQLDatabase) async throws -> R
    ) async throws -> R {
        RequestReads.forget()
        switch dialect {
        case .sqlite:
            return try await run(begin: ["BEGIN IMMEDIATE"], body)
        case .postgres where tables.isEmpty:
            return try await run(begin: ["BEGIN"], body)
        case .postgres:
            let lock: SQLQueryString = "LOCK TABLE \(idents: tables, joinedBy: ", ") IN SHARE ROW EXCLUSIVE MODE"
            return try await run(begin: ["BEGIN", lock], body)
        }
    }

    /// Runs `body` in one read-only transaction that sees a single consistent state of the whole database while
    /// others go on writing (a backup taken while the server runs): SQLite's WAL snapshot, PostgreSQL's REPEATABLE
    /// READ.
    public func snapshot<R: Sendable>(_ body: @Sendable (any SQLDatabase) async throws -> R) async throws -> R {
        switch dialect {
        case .sqlite: try await run(begin: ["BEGIN"], readOnly: true, body)
        case .postgres: try await run(begin: ["BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"], readOnly: true, body)
        }
    }

    private func run<R: Sendable>(
        begin: [SQLQueryString], readOnly: Bool = false, _ body: @Sendable (any SQLDatabase) async throws -> R
    ) async throws -> R {
        try await lending(from: readOnly ? readers ?? pool : pool) { sql in
            do {
                for statement in begin { try await sql.raw(statement).run() }
                let result = try await body(sql)
                try await sql.raw("COMMIT").run()
                return result
            } catch {
                try? await sql.raw("ROLLBACK").run()
                throw error
            }
        }
    }

    /// Answers when the database can run a query.
    public func ping() async throws {
        try await withConnection { sql in try await sql.raw("SELECT 1 AS one").run() }
    }

    /// Closes every connection.
    public func close() async {
        await readers?.closeAll()
        await pool.closeAll()
    }
}

/// Hands out connection ids for PostgreSQL's logs.
actor ConnectionCounter {
    private var value = 0
    func next() -> Int {
        value += 1
        return value
    }
}
