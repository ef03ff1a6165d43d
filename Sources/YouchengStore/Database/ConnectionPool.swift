import Logging
import PostgresKit
import SQLKit
import SQLiteKit

/// One open connection of either kind.
enum Connection: Sendable {
    case sqlite(SQLiteConnection)
    case postgres(PostgresConnection)

    /// The connection as an SQLKit database.
    func sql(logger: Logger) -> any SQLDatabase {
        switch self {
        case .sqlite(let c): c.sql(queryLogLevel: .trace)
        case .postgres(let c): c.sql(queryLogLevel: .trace, logger: logger)
        }
    }

    var isClosed: Bool {
        switch self {
        case .sqlite: false
        case .postgres(let c): c.isClosed
        }
    }

    func close() async {
        switch self {
        case .sqlite(let c): try? await c.close()
        case .postgres(let c): try? await c.close()
        }
    }
}

/// A fixed number of connections lent out one caller at a time, so a transaction has its connection to itself.
actor ConnectionPool {
    private var idle: [Connection]
    private var waiters: [CheckedContinuation<Connection, any Error>] = []
    private let reopen: @Sendable () async throws -> Connection
    private var all: [Connection]
    private var closed = false

    init(connections: [Connection], reopen: @escaping @Sendable () async throws -> Connection) {
        idle = connections
        all = connections
        self.reopen = reopen
    }

    func lease() async throws -> Connection {
        guard !closed else { throw DatabaseClosed() }
        let connection: Connection
        if let next = idle.popLast() {
            connection = next
        } else {
            connection = try await withCheckedThrowingContinuation { waiters.append($0) }
        }
        guard connection.isClosed else { return connection }
        // A PostgreSQL connection that dropped (server restart) is replaced rather than handed out broken.
        do {
            let fresh = try await reopen()
            if closed {
                await fresh.close()
                throw DatabaseClosed()
            }
            all.removeAll { $0.isClosed }
            all.append(fresh)
            return fresh
        } catch {
            release(connection)
            throw error
        }
    }

    func release(_ connection: Connection) {
        if closed { return }
        if waiters.isEmpty {
            idle.append(connection)
        } else {
            waiters.removeFirst().resume(returning: connection)
        }
    }

    /// Runs `body` on the connections not in use, which are lent to it alone meanwhile (a caller waits as if they
    /// were busy); those in use are left alone.
    func withIdle(_ body: ([Connection]) async -> Void) async {
        guard !closed else { return }
        let taken = idle
        idle = []
        await body(taken)
        for connection in taken { release(connection) }
    }

    func closeAll() async {
        closed = true
        for waiter in waiters { waiter.resume(throwing: DatabaseClosed()) }
        waiters = []
        for connection in all { await connection.close() }
        all = []
        idle = []
    }
}

/// The database was closed (the program is shutting down); no more queries are taken.
struct DatabaseClosed: Error, CustomStringConvertible {
    var description: String { "the database is closed" }
}
