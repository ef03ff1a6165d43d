import Foundation
import SQLKit
import YouchengCore

/// One restore in progress, inside its transaction: the table being loaded, its rows waiting to be inserted, and
/// what has been checked so far.
struct RestoreRun {
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
        if seeded.contains(name) {
            // Seeded rows may be referred to by other seeded rows (the seeded indicators name their seeded
            // categories): those go first, latest in table order first; the backup brings them back after.
            for dependent in tables.reversed()
            where dependent.name != name && seeded.contains(dependent.name)
                && dependent.references.contains(name)
            {
                try await sql.raw("DELETE FROM \(ident: dependent.name)").run()
            }
            try await sql.raw("DELETE FROM \(ident: name)").run()
        }
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
