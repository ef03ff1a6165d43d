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
                if try await run.take(line) { return try await run.finish() }
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

/// One restore in progress, inside its transaction: the table being loaded, its rows waiting to be inserted, and
/// what has been checked so far.
private struct RestoreRun {
    let sql: any SQLDatabase
    let dialect: Database.Dialect
    let tables: [TableShape]
    let seeded: Set<String>
    /// The number of the line being read (the header was line 1).
    var number = 1
    private var table: (shape: TableShape, columns: [String], kinds: [ColumnKind])?
    private var hash = SHA256()
    private var count = 0
    private var batch: [[BackupValue]] = []
    private var summaries: [TableSummary] = []
    private var endRecord: BackupRecord?

    init(sql: any SQLDatabase, dialect: Database.Dialect, tables: [TableShape], seeded: Set<String>) {
        self.sql = sql
        self.dialect = dialect
        self.tables = tables
        self.seeded = seeded
    }

    /// Takes one line; true when it was the file's end.
    mutating func take(_ line: String) async throws -> Bool {
        if line.hasPrefix("[") {
            try await row(line)
            return false
        }
        guard let record = BackupRecord(line: line) else {
            throw BackupError.badLine(number, Bilingual(zh: "无法识别的行", en: "not a backup line"))
        }
        if let name = record.table {
            try await begin(name, record)
        } else if record.end == BackupRecord.formatName {
            guard table == nil, record.tables == summaries.count else { throw misplaced }
            endRecord = record
            return true
        } else if let name = record.end {
            try await end(name, record)
        } else {
            throw misplaced
        }
        return false
    }

    private var misplaced: BackupError {
        BackupError.badLine(number, Bilingual(zh: "此行不应出现在这里", en: "this line does not belong here"))
    }

    private mutating func begin(_ name: String, _ record: BackupRecord) async throws {
        guard table == nil, let columns = record.columns, let kinds = record.kinds, columns.count == kinds.count
        else { throw misplaced }
        guard let shape = tables.first(where: { $0.name == name }) else {
            throw BackupError.unknownColumn(name, nil)
        }
        if let missing = columns.first(where: { !shape.columns.contains($0) }) {
            throw BackupError.unknownColumn(name, missing)
        }
        if seeded.contains(name) { try await sql.raw("DELETE FROM \(ident: name)").run() }
        table = (shape, columns, kinds)
        hash = SHA256()
        count = 0
    }

    private mutating func row(_ line: String) async throws {
        guard let table else { throw misplaced }
        let values: [BackupValue]
        do {
            values = try BackupLine.decode(line, kinds: table.kinds)
        } catch {
            throw BackupError.badLine(number, error.message)
        }
        hash.update(BackupLine.encode(values) + "\n")
        count += 1
        batch.append(values)
        if batch.count * table.columns.count >= 900 { try await flush() }
    }

    private mutating func flush() async throws {
        guard let table, !batch.isEmpty else { return }
        var insert = sql.insert(into: SQLIdentifier(table.shape.name)).columns(table.columns)
        for values in batch { insert = insert.values(zip(values, table.kinds).map(Self.bindable)) }
        try await insert.run()
        batch.removeAll(keepingCapacity: true)
    }

    private static func bindable(_ value: BackupValue, _ kind: ColumnKind) -> any Encodable & Sendable {
        switch value {
        case .integer(let number): return number
        case .real(let number): return number
        case .text(let text): return text
        case .bytes(let bytes): return Data(bytes)
        case .null:
            // A NULL typed as its column, so PostgreSQL does not take it for text.
            switch kind {
            case .integer: return Int64?.none
            case .real: return Double?.none
            case .text: return String?.none
            case .bytes: return Data?.none
            }
        }
    }

    private mutating func end(_ name: String, _ record: BackupRecord) async throws {
        guard let table, table.shape.name == name, let rows = record.rows, let expected = record.sha256 else {
            throw misplaced
        }
        try await flush()
        let read = TableSummary(table: name, rows: count, sha256: hash.hexDigest())
        let stored = try await TableRows.summary(
            table.shape, columns: table.columns, kinds: table.kinds, sql, dialect: dialect)
        let wanted = TableSummary(table: name, rows: rows, sha256: expected)
        for found in [read, stored] where found != wanted {
            throw BackupError.mismatch(
                name, expected: "\(rows) rows, \(expected.prefix(12))…",
                found: "\(found.rows) rows, \(found.sha256.prefix(12))…")
        }
        summaries.append(wanted)
        self.table = nil
    }

    /// Moves PostgreSQL's identity sequences past the restored ids (SQLite's AUTOINCREMENT counters follow the
    /// largest id inserted by themselves); returns the tables restored.
    func finish() async throws -> [TableSummary] {
        if dialect == .postgres {
            for shape in tables {
                guard let identity = shape.identity else { continue }
                try await sql.raw(
                    """
                    SELECT setval(pg_get_serial_sequence(\(bind: shape.name), \(bind: identity)),
                      COALESCE((SELECT MAX(\(ident: identity)) FROM \(ident: shape.name)), 0) + 1, false)
                    """
                ).run()
            }
        }
        return summaries
    }
}
