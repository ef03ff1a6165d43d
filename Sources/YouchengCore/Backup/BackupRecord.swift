import Foundation

/// One line of a backup file other than a row: the file's header, a table's header, a table's end, or the file's
/// end. Which one it is follows from the fields present (see the README, "Backup, restore and moving databases").
public struct BackupRecord: Codable, Sendable, Equatable {
    /// The file's first line: always `youcheng-backup`.
    public var format: String?
    /// The file format's version (1).
    public var version: Int?
    /// The schema's migration version the data was read from.
    public var schema: Int?
    /// When the backup was taken (ISO 8601, UTC).
    public var created: String?
    /// The kind of database it was read from (`sqlite`, `postgres`), for information.
    public var source: String?
    /// A table's header: its name.
    public var table: String?
    /// A table's header: its column names, in the order of every row's values.
    public var columns: [String]?
    /// A table's header: what each column holds.
    public var kinds: [ColumnKind]?
    /// A table's end (the table's name) or the file's end (`youcheng-backup`).
    public var end: String?
    /// A table's end: how many rows it had.
    public var rows: Int?
    /// A table's end: the SHA-256 of its row lines, each followed by a newline.
    public var sha256: String?
    /// The file's end: how many tables it held.
    public var tables: Int?

    /// The name of the format, on the first line and the last.
    public static let formatName = "youcheng-backup"
    /// The version of the format this program writes and reads.
    public static let formatVersion = 1

    /// The file's header.
    public static func header(schema: Int, created: String, source: String) -> BackupRecord {
        BackupRecord(format: formatName, version: formatVersion, schema: schema, created: created, source: source)
    }

    /// A table's header.
    public static func tableHeader(_ table: String, columns: [String], kinds: [ColumnKind]) -> BackupRecord {
        BackupRecord(table: table, columns: columns, kinds: kinds)
    }

    /// A table's end.
    public static func tableEnd(_ table: String, rows: Int, sha256: String) -> BackupRecord {
        BackupRecord(end: table, rows: rows, sha256: sha256)
    }

    /// The file's end.
    public static func fileEnd(tables: Int) -> BackupRecord { BackupRecord(end: formatName, tables: tables) }

    /// The record as one line of JSON, keys sorted.
    public var line: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding strings, numbers and arrays of them cannot fail.
        return (try? String(decoding: encoder.encode(self), as: UTF8.self)) ?? "{}"
    }

    /// Reads a record line; nil when it is not one.
    public init?(line: String) {
        guard let record = try? JSONDecoder().decode(BackupRecord.self, from: Data(line.utf8)) else { return nil }
        self = record
    }

    init(
        format: String? = nil, version: Int? = nil, schema: Int? = nil, created: String? = nil, source: String? = nil,
        table: String? = nil, columns: [String]? = nil, kinds: [ColumnKind]? = nil, end: String? = nil,
        rows: Int? = nil, sha256: String? = nil, tables: Int? = nil
    ) {
        self.format = format
        self.version = version
        self.schema = schema
        self.created = created
        self.source = source
        self.table = table
        self.columns = columns
        self.kinds = kinds
        self.end = end
        self.rows = rows
        self.sha256 = sha256
        self.tables = tables
    }
}
