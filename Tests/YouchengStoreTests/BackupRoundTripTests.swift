import Foundation
import SQLKit
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

/// SQLite → PostgreSQL → SQLite with `Backup.copy`, compared table by table (row counts and content hashes).
@Suite struct BackupRoundTripTests {
    @Test(.enabled(if: TestBackend.available.contains(.postgres)))
    func sqliteToPostgresAndBackKeepsEveryRow() async throws {
        try await TestBackend.sqlite.withDatabase { first in
            try await BackupFixture.fill(first)
            let original = try await Backup.summaries(first)
            try await TestBackend.postgres.withDatabase { middle in
                try await Backup.copy(from: first, to: middle)
                #expect(try await Backup.summaries(middle) == original)
                try await TestBackend.sqlite.withDatabase { last in
                    try await Backup.copy(from: middle, to: last)
                    #expect(try await Backup.summaries(last) == original)
                    #expect(original.allSatisfy { $0.rows > 0 })
                }
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func theHashNoticesAOneCharacterChange(backend: TestBackend) async throws {
        try await backend.withDatabase { first in
            try await BackupFixture.fill(first)
            try await backend.withDatabase { second in
                try await Backup.copy(from: first, to: second)
                try await second.withConnection { sql in
                    try await sql.raw("UPDATE partners SET name_zh = '金泽 ' WHERE id = 12").run()
                }
                let before = try await Backup.summaries(first)
                let after = try await Backup.summaries(second)
                #expect(zip(before, after).filter { $0 != $1 }.map(\.0.table) == ["partners"])
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func aTableAddedAfterTheMigrationsIsFoundAndSummarised(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await database.withConnection { sql in
                try await sql.raw("CREATE TABLE backup_probe_table (id TEXT PRIMARY KEY, body TEXT NOT NULL)").run()
                try await sql.raw("INSERT INTO backup_probe_table (id, body) VALUES ('p1', 'x')").run()
            }
            let summaries = try await Backup.summaries(database)
            #expect(summaries.first { $0.table == "backup_probe_table" }?.rows == 1)
            // SHA-256 of the line ["p1","x"] and its newline.
            #expect(
                summaries.first { $0.table == "backup_probe_table" }?.sha256 == SHA256.hex("[\"p1\",\"x\"]\n"))
        }
    }
}
