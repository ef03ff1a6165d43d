import ArgumentParser
import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

/// `youcheng peers`: other cities' published partnership counts, for the overview's rank.
struct PeersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "peers", abstract: "同类城市友城数 / other cities' published partnership counts",
        subcommands: [List.self, Import.self], defaultSubcommand: List.self)

    /// `youcheng peers list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出 / list them")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let peers = try await withServices(db) { services in try await services.peers.list() }
            if peers.isEmpty { print("还没有同类城市数据 / no peer figures yet") }
            for p in peers {
                print(
                    "\(p.year)\t\(p.city)\t\(p.province)\t\(p.partnerships)\t\(p.countries.map(String.init) ?? "")\t\(p.source)"
                )
            }
        }
    }

    /// `youcheng peers import FILE [--dry-run]`: CSV or XLSX with 城市/city, 省份/province, 友城数/partnerships,
    /// 国家数/countries, 年份/year, 来源/source; all rows or none.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "导入（CSV、XLSX）/ import a CSV or XLSX file")
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var importLimits: ImportLimitOptions
        @Argument(help: "文件 / the file") var file: String
        @Flag(name: .customLong("dry-run"), help: "只检查 / check only") var dryRun = false

        func run() async throws {
            let limits = try importLimits.resolved()
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CommandFailure(Bilingual(zh: "无法读取文件「\(file)」", en: "cannot read the file \"\(file)\""))
            }
            let table: [[String]]
            do {
                table = try RegistryFiles.read(data: data, filename: file, limits: limits).table
            } catch {
                throw CommandFailure(error.message)
            }
            let (peers, errors) = PeerCity.read(table: table)
            for error in errors { print("\(error.message.zh) / \(error.message.en)") }
            guard errors.isEmpty else {
                print("文件有错误，未导入任何记录 / the file has errors; nothing was stored")
                throw ExitCode(1)
            }
            guard !dryRun else {
                print("试运行：\(peers.count) 条可导入，未写入 / dry run: \(peers.count) rows would be stored")
                return
            }
            let counts = try await withServices(db) { services in
                try await services.peers.save(peers, actor: .system)
            }
            print("新增 / new: \(counts.created)，替换 / replaced: \(counts.replaced)")
        }
    }
}
