import Foundation
import SQLKit
import YouchengCore

/// Where restore reads a backup's lines from, one at a time: a file, or another database directly (copy).
public protocol BackupSource: Sendable {
    /// The next line without its newline; nil at the end.
    mutating func nextLine() async throws -> String?
}

/// A backup's lines produced from a database inside a snapshot: the header, then per table its header, its rows a
/// page at a time and its end line, then the file's end. Holds one page in memory, never the database.
struct DatabaseLines: BackupSource {
    let sql: any SQLDatabase
    let dialect: Database.Dialect
    let tables: [TableShape]
    private var pending: [String]
    private var next = 0
    private var table = 0
    private var offset = 0
    private var hash = SHA256()
    private var finished = false
    /// Each table's count and hash, as written.
    private(set) var summaries: [TableSummary] = []

    init(sql: any SQLDatabase, dialect: Database.Dialect, tables: [TableShape], header: BackupRecord) {
        self.sql = sql
        self.dialect = dialect
        self.tables = tables
        pending = [header.line]
        if let first = tables.first { pending.append(Self.header(first)) }
    }

    private static func header(_ shape: TableShape) -> String {
        BackupRecord.tableHeader(shape.name, columns: shape.columns, kinds: shape.kinds).line
    }

    mutating func nextLine() async throws -> String? {
        while next == pending.count {
            guard !finished else { return nil }
            next = 0
            try await fill()
        }
        next += 1
        return pending[next - 1]
    }

    private mutating func fill() async throws {
        guard table < tables.count else {
            pending = [BackupRecord.fileEnd(tables: tables.count).line]
            finished = true
            return
        }
        let shape = tables[table]
        let rows = try await TableRows.page(
            shape, columns: shape.columns, kinds: shape.kinds, offset: offset, sql, dialect: dialect)
        pending = rows.map(BackupLine.encode)
        for line in pending { hash.update(line + "\n") }
        offset += rows.count
        guard rows.count < TableRows.pageSize else { return }
        let summary = TableSummary(table: shape.name, rows: offset, sha256: hash.hexDigest())
        summaries.append(summary)
        pending.append(BackupRecord.tableEnd(shape.name, rows: summary.rows, sha256: summary.sha256).line)
        table += 1
        offset = 0
        hash = SHA256()
        if table < tables.count { pending.append(Self.header(tables[table])) }
    }
}

/// A backup file's lines, read a block at a time.
struct FileLines: BackupSource {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(path: String) throws(BackupError) {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw BackupError(Bilingual(zh: "无法读取文件「\(path)」", en: "cannot read the file \"\(path)\""))
        }
        self.handle = handle
    }

    mutating func nextLine() async throws -> String? {
        while true {
            if let newline = buffer[start...].firstIndex(of: 0x0A) {
                let line = String(decoding: buffer[start..<newline], as: UTF8.self)
                start = newline + 1
                return line
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = String(decoding: buffer[start...], as: UTF8.self)
                start = buffer.count
                return line
            }
            buffer.removeFirst(start)
            start = 0
            let block = try handle.read(upToCount: 1 << 16) ?? Data()
            if block.isEmpty { atEnd = true } else { buffer.append(contentsOf: block) }
        }
    }
}
