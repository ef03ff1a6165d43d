import Foundation
import Logging
import SQLKit
import YouchengCore
import YouchengStore

/// The databases every store test runs on: SQLite always, PostgreSQL when `YOUCHENG_TEST_POSTGRES_URL` is set.
public enum TestBackend: String, Sendable, CaseIterable, CustomStringConvertible {
    /// A temporary SQLite file.
    case sqlite
    /// A fresh schema on the server `YOUCHENG_TEST_POSTGRES_URL` names.
    case postgres

    /// The backends available in this run.
    public static var available: [TestBackend] {
        postgresURL == nil ? [.sqlite] : [.sqlite, .postgres]
    }

    static var postgresURL: String? {
        // Read here, once, because tests have no command line: CI exports it after starting a throwaway server.
        guard let url = ProcessInfo.processInfo.environment["YOUCHENG_TEST_POSTGRES_URL"], !url.isEmpty else {
            return nil
        }
        return url
    }

    public var description: String { rawValue }

    /// Opens a fresh, migrated database of this kind (a new schema on PostgreSQL), runs `body`, and removes it.
    public func withDatabase<R: Sendable>(_ body: (Database) async throws -> R) async throws -> R {
        var logger = Logger(label: "youcheng.test")
        logger.logLevel = .warning
        let quiet = logger
        let url: DatabaseURL
        var cleanup: (@Sendable () async -> Void)?
        switch self {
        case .sqlite:
            let path = FileManager.default.temporaryDirectory.appendingPathComponent(
                "youcheng-test-\(UUID().uuidString).sqlite"
            ).path
            url = .sqlite(path: path)
            cleanup = {
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            }
        case .postgres:
            guard let base = Self.postgresURL else { throw TestSkip.noPostgres }
            let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "").prefix(16)
            url = try DatabaseURL(parsing: base + (base.contains("?") ? "&" : "?") + "schema=\(schema)")
            cleanup = {
                if let admin = try? await Database.open(
                    DatabaseURL(parsing: base), logger: quiet, poolSize: 1, migrate: false)
                {
                    try? await admin.withConnection { sql in
                        try await sql.raw("DROP SCHEMA \(ident: schema) CASCADE").run()
                    }
                    await admin.close()
                }
            }
        }
        let database = try await Database.open(url, logger: logger, poolSize: 2)
        do {
            let result = try await body(database)
            await database.close()
            await cleanup?()
            return result
        } catch {
            await database.close()
            await cleanup?()
            throw error
        }
    }
}

/// Thrown when a backend is asked for but not configured.
public enum TestSkip: Error {
    case noPostgres
}
