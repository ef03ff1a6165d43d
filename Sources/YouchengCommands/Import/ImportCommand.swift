import ArgumentParser
import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

/// `youcheng import FILE`: loads a registry spreadsheet (CSV, XLSX or an export's JSON) or an exchanges spreadsheet
/// (told by its headers), all or nothing.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "导入友城登记表或交流活动表（按表头识别）/ import a registry or exchanges file (told by its headers); all rows or none")

    @Argument(help: "CSV（UTF-8、带 BOM 或 GB18030）、XLSX 或 export 生成的 JSON / the file to import")
    var file: String

    @OptionGroup var db: DatabaseOptions

    @OptionGroup var importLimits: ImportLimitOptions

    @Flag(name: .customLong("dry-run"), help: "只检查并报告，不写入 / validate and report, store nothing")
    var dryRun = false

    @Option(help: "没有本地主体列时使用的本地主体（代码或名称）/ home for rows without one (code or name)")
    var home: String?

    @Flag(help: "以 JSON 输出报告 / print the report as JSON")
    var json = false

    func run() async throws {
        let reference = ReferenceData.bundled
        let defaultHome = try resolveHome(home, reference: reference)
        let limits = try importLimits.resolved()
        // Read once (a hostile file is refused here, at the cost of one read). An exchanges file is told by its
        // headers; anything else goes the registry's way.
        var table: [[String]]
        let format: String
        do {
            (table, format) = try Self.read(file, limits: limits)
        } catch let error as RegistryFileError {
            let outcome = ImportRun.refused(file: file, dryRun: dryRun, error)
            try report(outcome.text, try Self.encoder.encode(outcome), succeeded: false)
            return
        }
        let (text, encoded, succeeded): (String, Data, Bool) = try await withServices(db) { services in
            if ExchangeImportRun.recognizes(table) {
                // Handed over whole, so the import can let the cells go once it has read its rows from them.
                var taken: [[String]] = []
                swap(&taken, &table)
                let outcome = try await ExchangeImportRun.run(
                    table: consume taken, file: file, format: format, dryRun: dryRun, services: services)
                return (outcome.text, try Self.encoder.encode(outcome), outcome.succeeded)
            }
            let outcome = try await ImportRun.run(
                table: table, format: format, file: file, defaultHome: defaultHome, dryRun: dryRun,
                repository: services.registry, reference: services.reference)
            return (outcome.text, try Self.encoder.encode(outcome), outcome.succeeded)
        }
        try report(text, encoded, succeeded: succeeded)
    }

    /// The file's rows and how they were read. The file's bytes are let go when this returns, before anything is
    /// imported.
    private static func read(_ file: String, limits: TableLimits) throws -> (table: [[String]], format: String) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw CommandFailure(Bilingual(zh: "无法读取文件「\(file)」", en: "cannot read the file \"\(file)\""))
        }
        return try RegistryFiles.read(data: data, filename: file, limits: limits)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes, .sortedKeys]
        return encoder
    }

    /// Prints the report, as text or JSON; an import that did not succeed exits 1.
    private func report(_ text: String, _ encoded: Data, succeeded: Bool) throws {
        print(json ? String(decoding: encoded, as: UTF8.self) : text)
        if !succeeded { throw ExitCode(1) }
    }
}
