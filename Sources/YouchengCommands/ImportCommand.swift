import ArgumentParser
import Foundation
import YouchengCore
import YouchengStore

/// `youcheng import FILE`: loads a registry spreadsheet (CSV, XLSX or an export's JSON), all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入友城登记表（CSV、XLSX、JSON）/ import a registry file (CSV, XLSX, JSON); all rows or none")

    @Argument(help: "CSV（UTF-8、带 BOM 或 GB18030）、XLSX 或 export 生成的 JSON / the file to import")
    var file: String

    @OptionGroup var db: DatabaseOptions

    @Flag(name: .customLong("dry-run"), help: "只检查并报告，不写入 / validate and report, store nothing")
    var dryRun = false

    @Option(help: "没有本地主体列时使用的本地主体（代码或名称）/ home for rows without one (code or name)")
    var home: String?

    @Flag(help: "以 JSON 输出报告 / print the report as JSON")
    var json = false

    func run() async throws {
        let reference = ReferenceData.bundled
        let defaultHome = try resolveHome(home, reference: reference)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure(Bilingual(zh: "无法读取文件「\(file)」", en: "cannot read the file \"\(file)\""))
        }
        let outcome = try await withDatabase(db) { database in
            try await ImportRun.run(
                data: data, file: file, defaultHome: defaultHome, dryRun: dryRun,
                repository: RegistryStore(database: database, reference: reference), reference: reference)
        }
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
            print(String(decoding: try encoder.encode(outcome), as: UTF8.self))
        } else {
            print(outcome.text)
        }
        if !outcome.succeeded { throw ExitCode(1) }
    }
}
