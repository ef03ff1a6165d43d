import Foundation
import Logging
import SQLKit
import Testing
import YouchengCore
import YouchengStore
import YouchengTestSupport

@Suite struct BackupTests {
    private func temporaryFile() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("youcheng-backup-\(UUID().uuidString).ycb").path
    }

    private func nonEmpty(_ summaries: [TableSummary]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: summaries.filter { $0.rows > 0 }.map { ($0.table, $0.rows) })
    }

    /// Fills a database of `backend` with the fixture, backs it up to a temporary file (removed afterwards) and runs
    /// `body` with the database, the file and what the backup wrote.
    private func withFixtureBackup(
        _ backend: TestBackend, _ body: (Database, String, [TableSummary]) async throws -> Void
    ) async throws {
        try await backend.withDatabase { source in
            try await BackupFixture.fill(source)
            let file = temporaryFile()
            defer { try? FileManager.default.removeItem(atPath: file) }
            let written = try await Backup.write(source, to: file)
            try await body(source, file, written)
        }
    }

    @Test(arguments: TestBackend.available)
    func theFixtureFillsEveryTableTheDatabaseHas(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await BackupFixture.fill(database)
            let summaries = try await Backup.summaries(database)
            #expect(Set(summaries.map(\.table)) == BackupFixture.tables)
            #expect(summaries.filter { $0.rows == 0 }.map(\.table) == [])
        }
    }

    @Test(arguments: TestBackend.available)
    func tablesAreWrittenAfterTheTablesTheyReferTo(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            let file = temporaryFile()
            defer { try? FileManager.default.removeItem(atPath: file) }
            let order = try await Backup.write(database, to: file).map(\.table)
            for (table, parent) in [
                ("users", "units"), ("partnerships", "partners"), ("exchange_partners", "exchanges"),
                ("exchange_partners", "partners"), ("exchange_domain_links", "exchange_domains"),
                ("calendar_feeds", "users"), ("sessions", "users"), ("exchanges", "units"),
            ] {
                #expect(try #require(order.firstIndex(of: parent)) < #require(order.firstIndex(of: table)))
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func backupThenRestoreKeepsEveryRowAndValue(backend: TestBackend) async throws {
        try await withFixtureBackup(backend) { source, file, written in
            try await backend.withDatabase { target in
                let restored = try await Backup.restore(from: file, into: target)
                #expect(restored == written)
                #expect(try await Backup.summaries(target) == Backup.summaries(source))
                // The seeded domains plus the fixture's one; the fixture's partners with their exact reals.
                #expect(nonEmpty(restored)["exchange_domains"] == 11)
                let lon = try await target.withConnection { sql in
                    try await sql.raw("SELECT lon FROM partners WHERE id = 40").first(
                        decodingColumn: "lon", as: Double.self)
                }
                #expect(lon == -1e-7)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func aRestoredDatabaseGivesNewRowsFreshIds(backend: TestBackend) async throws {
        try await withFixtureBackup(backend) { _, file, _ in
            try await backend.withDatabase { target in
                try await Backup.restore(from: file, into: target)
                let unit = try await AccountStores(database: target, reference: .bundled).units.create(
                    MemberUnit.defaultDraft, by: .system)
                // The fixture's units are 1 and 7.
                #expect(unit.id == 8)
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func restoreRefusesADatabaseThatHoldsRowsNamingTheTable(backend: TestBackend) async throws {
        try await withFixtureBackup(backend) { _, file, _ in
            try await backend.withDatabase { target in
                try await target.withConnection { sql in
                    try await sql.raw("INSERT INTO settings (key, value, updated_at) VALUES ('x', 'y', 'z')").run()
                }
                await #expect {
                    try await Backup.restore(from: file, into: target)
                } throws: { error in
                    (error as? BackupError)?.message.en.contains("table settings has 1 rows") == true
                }
            }
        }
    }

    @Test(arguments: TestBackend.available)
    func aCutShortOrAlteredBackupRestoresNothing(backend: TestBackend) async throws {
        try await withFixtureBackup(backend) { _, file, _ in
            let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
            let cut = lines.dropLast(3).joined(separator: "\n") + "\n"
            let altered = lines.joined(separator: "\n").replacingOccurrences(of: "Kanazawa", with: "Kanazawe")
            for (text, expected) in [
                (cut, BackupError.truncated.message.en), (altered, "table partners does not check out"),
            ] {
                try text.write(toFile: file, atomically: true, encoding: .utf8)
                try await backend.withDatabase { target in
                    await #expect {
                        try await Backup.restore(from: file, into: target)
                    } throws: { error in
                        (error as? BackupError)?.message.en.hasPrefix(expected) == true
                    }
                    // Only what the migrations seed: the domains and the default indicator list.
                    let left = try await Backup.summaries(target)
                    #expect(nonEmpty(left) == ["exchange_domains": 10, "indicator_categories": 6, "indicators": 17])
                }
            }
        }
    }
    @Test(arguments: TestBackend.available)
    func aSnapshotDoesNotSeeRowsWrittenWhileItReads(backend: TestBackend) async throws {
        try await backend.withDatabase { database in
            try await BackupFixture.fill(database)
            var logger = Logger(label: "youcheng.test")
            logger.logLevel = .warning
            // Another process on the same database: the server writing while a backup runs.
            let other = try await Database.open(database.url, logger: logger, poolSize: 1)
            let counts: [Int?]
            do {
                counts = try await database.snapshot { sql in
                    let count = { @Sendable in
                        try await sql.raw("SELECT COUNT(*) AS n FROM settings").first(decodingColumn: "n", as: Int.self)
                    }
                    let before = try await count()
                    try await other.withConnection { write in
                        try await write.raw("INSERT INTO settings (key, value, updated_at) VALUES ('late', '1', 'x')")
                            .run()
                    }
                    return [before, try await count()]
                }
                await other.close()
            } catch {
                await other.close()
                throw error
            }
            #expect(counts == [2, 2])
            #expect(try await Backup.summaries(database).first { $0.table == "settings" }?.rows == 3)
        }
    }
}
