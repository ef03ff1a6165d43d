import ArgumentParser
import Foundation
import YouchengCore
import YouchengStore

/// `youcheng backup --output FILE`: a consistent snapshot of the database, taken while the server may run.
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "备份整个数据库（服务运行时亦可）/ back up the whole database (while the server runs)")

    @OptionGroup var db: DatabaseOptions

    @Option(name: .long, help: "备份文件 / the backup file to write")
    var output: String

    func run() async throws {
        let summaries = try await withDatabase(db) { database in
            try await backupFailures { try await Backup.write(database, to: output) }
        }
        print(BackupText.tables(summaries))
        print("已备份到 / backed up to: \(output)")
    }
}

/// `youcheng restore FILE`: loads a backup into an empty database, all or nothing.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "将备份恢复到空数据库 / restore a backup into an empty database")

    @Argument(help: "youcheng backup 生成的文件 / a file written by youcheng backup")
    var file: String

    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        let summaries = try await withDatabase(db) { database in
            try await backupFailures { try await Backup.restore(from: file, into: database) }
        }
        print(BackupText.tables(summaries))
        print("已恢复，各表行数与校验值一致 / restored; every table's row count and hash check out")
    }
}

/// `youcheng copy --to URL`: copies everything in `--database` (audit log included) into an empty database of
/// either kind: how a city moves between SQLite and PostgreSQL.
struct CopyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "copy",
        abstract: "将数据库全部复制到另一个空数据库（SQLite ⇄ PostgreSQL）/ copy the whole database into an empty one of either kind")

    @OptionGroup var db: DatabaseOptions

    @Option(name: .long, help: "目标数据库（须为空）sqlite:PATH 或 postgres://… / the empty database to copy into")
    var to: String

    func run() async throws {
        var target = DatabaseOptions()
        target.database = to
        guard try target.resolved() != db.resolved() else {
            throw CommandFailure(Bilingual(zh: "目标数据库与源数据库相同", en: "the target is the source database itself"))
        }
        let summaries = try await withDatabase(db) { source in
            try await withDatabase(target) { destination in
                try await backupFailures { try await Backup.copy(from: source, to: destination) }
            }
        }
        print(BackupText.tables(summaries))
        print("已复制到 / copied to: \(try target.resolved())")
    }
}

/// `youcheng check`: the integrity check, then each table's row count and content hash.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "检查数据库完整性并列出各表行数与校验值 / check the database and list each table's rows and hash")

    @OptionGroup var db: DatabaseOptions

    func run() async throws {
        let (problems, summaries) = try await withDatabase(db) { database in
            (try await Backup.integrityProblems(database), try await Backup.summaries(database))
        }
        print(problems.isEmpty ? "完整性检查 / integrity check: ok" : "完整性检查失败 / integrity check failed:")
        for problem in problems { print("  \(problem)") }
        print(BackupText.tables(summaries))
        if !problems.isEmpty { throw ExitCode(1) }
    }
}

/// How the backup commands print tables and report failures.
enum BackupText {
    /// One line per table: name, rows, SHA-256, tab-separated.
    static func tables(_ summaries: [TableSummary]) -> String {
        (["表 table\t行数 rows\tSHA-256"] + summaries.map { "\($0.table)\t\($0.rows)\t\($0.sha256)" })
            .joined(separator: "\n")
    }
}

/// Runs `body`, turning a backup's refusal into the command's bilingual failure.
func backupFailures<R>(_ body: () async throws -> R) async throws -> R {
    do {
        return try await body()
    } catch let error as BackupError {
        throw CommandFailure(error.message)
    }
}
