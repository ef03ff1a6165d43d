import ArgumentParser
import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

/// `youcheng export`: writes the whole registry as CSV, XLSX or JSON; `import` reads it back unchanged.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "导出友城登记（CSV、XLSX、JSON）/ export the registry (CSV, XLSX, JSON)")

    @OptionGroup var db: DatabaseOptions
    @OptionGroup var labels: LabelOptions

    @Option(help: "csv | xlsx | json")
    var format: String

    @Option(help: "输出文件（默认标准输出）/ output file (default: standard output)")
    var output: String?

    func validate() throws {
        guard ExportFormat(rawValue: format.lowercased()) != nil else {
            throw ValidationError("--format 应为 csv、xlsx 或 json / --format must be csv, xlsx or json")
        }
        if format.lowercased() == "xlsx" && output == nil {
            throw ValidationError("XLSX 需要 --output 文件 / XLSX needs an --output file")
        }
    }

    func run() async throws {
        let reference = ReferenceData.bundled
        let exportFormat = ExportFormat(rawValue: format.lowercased()) ?? .csv
        var query = PartnershipQuery()
        query.sort = .home
        let records = try await withServices(db) { services in
            try await services.registry.export(
                query, format: exportFormat.rawValue, actor: .system)
        }
        let data = try RegistryFiles.export(
            records, format: exportFormat, reference: reference, friendshipLabel: try labels.resolved())
        if let output {
            do {
                try data.write(to: URL(fileURLWithPath: output), options: .atomic)
            } catch {
                throw CommandFailure(Bilingual(zh: "无法写入文件「\(output)」", en: "cannot write the file \"\(output)\""))
            }
            FileHandle.standardError.write(
                Data("已导出 \(records.count) 条 / exported \(records.count) partnerships → \(output)\n".utf8))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}
