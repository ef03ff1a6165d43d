/// Why a backup could not be read, restored or copied, in both languages, naming the line, table or column.
public struct BackupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public var message: Bilingual

    /// Wraps a message.
    public init(_ message: Bilingual) { self.message = message }

    /// `中文 / English`.
    public var description: String { message.both }

    /// The first line is not a Youcheng backup header of a version this program reads.
    public static func notABackup(_ detail: String) -> BackupError {
        BackupError(
            Bilingual(
                zh: "不是友城备份文件（第 1 行：\(detail)）", en: "not a Youcheng backup file (line 1: \(detail))"))
    }

    /// The backup was taken from a newer schema than this program knows.
    public static func newerSchema(_ schema: Int, known: Int) -> BackupError {
        BackupError(
            Bilingual(
                zh: "备份的数据库结构版本为 \(schema)，本程序只支持到 \(known)：请先升级友城",
                en:
                    "the backup's schema version is \(schema) but this program knows up to \(known): upgrade Youcheng first"
            ))
    }

    /// A line that does not belong where it is.
    public static func badLine(_ number: Int, _ detail: Bilingual) -> BackupError {
        BackupError(Bilingual(zh: "备份文件第 \(number) 行：\(detail.zh)", en: "backup line \(number): \(detail.en)"))
    }

    /// The file stops before its end line: cut short.
    public static let truncated = BackupError(
        Bilingual(zh: "备份文件不完整（缺少结尾行），未恢复任何数据", en: "the backup file is cut short (no end line); nothing was restored"))

    /// The target database already holds rows.
    public static func targetNotEmpty(_ table: String, rows: Int) -> BackupError {
        BackupError(
            Bilingual(
                zh: "目标数据库不是空的：表 \(table) 已有 \(rows) 行。请恢复到新的空数据库",
                en:
                    "the target database is not empty: table \(table) has \(rows) rows. Restore into a new, empty database"
            ))
    }

    /// A table or column of the backup that the target's schema lacks.
    public static func unknownColumn(_ table: String, _ column: String?) -> BackupError {
        let name = column.map { "\(table).\($0)" } ?? table
        return BackupError(
            Bilingual(
                zh: "目标数据库没有备份中的 \(column == nil ? "表" : "列") \(name)",
                en: "the target database has no \(column == nil ? "table" : "column") \(name) that the backup holds"))
    }

    /// A table whose rows do not add up to what its end line says.
    public static func mismatch(_ table: String, expected: String, found: String) -> BackupError {
        BackupError(
            Bilingual(
                zh: "表 \(table) 校验不符（备份记录 \(expected)，读到 \(found)），未恢复任何数据",
                en:
                    "table \(table) does not check out (the backup says \(expected), read \(found)); nothing was restored"
            ))
    }
}
