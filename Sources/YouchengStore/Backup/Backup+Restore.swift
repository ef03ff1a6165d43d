import Foundation
import SQLKit
import YouchengCore

extension Backup {
    /// Loads a backup's lines into `database`, which must be empty (no rows beyond what its migrations put there):
    /// checks the header, then in one transaction inserts every table's rows in batches, checks each table against
    /// its end line (the lines as read, and the rows as stored, read back), and moves PostgreSQL's id sequences past
    /// the restored ids. Any failure rolls everything back.
    static func restore(from source: some BackupSource, into database: Database) async throws -> [TableSummary] {
        var source = source
        guard let first = try await source.nextLine() else { throw BackupError.notABackup("empty / 空文件") }
        guard let header = BackupRecord(line: first), header.format == BackupRecord.formatName else {
            throw BackupError.notABackup(String(first.prefix(60)))
        }
        guard header.version == BackupRecord.formatVersion, let schema = header.schema else {
            throw BackupError.notABackup("format version \(header.version ?? 0)")
        }
        guard schema <= schemaVersion else { throw BackupError.newerSchema(schema, known: schemaVersion) }
        let seeded = try await seededTables(database)
        let started = source
        return try await database.writeTransaction(locking: []) { sql in
            var run = RestoreRun(
                sql: sql, dialect: database.dialect,
                tables: try await TableCatalog.tables(sql, dialect: database.dialect), seeded: seeded)
            var lines = started
            while let line = try await lines.nextLine() {
                run.number += 1
                if try await run.take(line) {
                    let restored = try await run.finish()
                    // A backup from before migration 007 or 010 lacks the last exchanges or the exchange days: they
                    // are derived, so fill them in.
                    let derived = ["partner_last_exchanges", "partner_exchange_days"]
                    if !derived.allSatisfy({ table in restored.contains { $0.table == table } }) {
                        try await ExchangeStore.refreshAllLastExchanges(sql: sql)
                    }
                    return restored
                }
            }
            throw BackupError.truncated
        }
    }

    /// The tables of `database` whose rows are only what the migrations seed (a freshly migrated database holds the
    /// same); a table with any other row makes the target not empty.
    private static func seededTables(_ database: Database) async throws -> Set<String> {
        let fresh = try await Database.open(.sqlite(path: ":memory:"), logger: database.logger)
        let pristine: [TableSummary]
        do {
            pristine = try await summaries(fresh)
            await fresh.close()
        } catch {
            await fresh.close()
            throw error
        }
        var seeded: Set<String> = []
        for summary in try await summaries(database) where summary.rows > 0 {
            guard pristine.contains(summary) else {
                throw BackupError.targetNotEmpty(summary.table, rows: summary.rows)
            }
            seeded.insert(summary.table)
        }
        return seeded
    }
}
