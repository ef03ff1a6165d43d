import ArgumentParser
import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

/// `youcheng projects`: cooperation projects (合作项目).
struct ProjectsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "projects", abstract: "合作项目 / cooperation projects",
        subcommands: [List.self, Import.self], defaultSubcommand: List.self)

    /// `youcheng projects [list] [--stalled] [--days N] [--as-of DATE] [--json]`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "列出合作项目（可只列停滞项目）/ list the projects (or only the stalled ones)")
        @Flag(help: "只列停滞项目 / only stalled projects") var stalled = false
        @Option(help: "停滞天数（默认取设置 projects.stalled_days，初始 90）/ days without an update (the setting by default)")
        var days: Int?
        @Option(name: .customLong("as-of"), help: "判断停滞的日期（默认今天）/ the day to judge as of (today by default)")
        var asOf: String?
        @OptionGroup var db: DatabaseOptions
        @Flag(help: "以 JSON 输出（与 GET /api/v1/projects 相同）/ print JSON as the API gives it") var json = false

        func run() async throws {
            if let days, !ProjectRules.stalledDaysRange.contains(days) {
                throw CommandFailure(
                    Bilingual(zh: "--days 应为 1 到 3650 的天数", en: "--days must be a number of days from 1 to 3650"))
            }
            let day = try PlanCommand.day(asOf)
            var query = ProjectQuery()
            query.stalled = stalled
            query.per = ProjectQuery.maxPer
            let output = try await withServices(db) { services in
                var threshold = days ?? 0
                if days == nil { threshold = try await services.settings.stalledDays() }
                let projects = try await services.projects.all(query, days: threshold, asOf: day)
                let partners = Dictionary(
                    try await services.registry.partners().map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
                let units = Dictionary(
                    try await services.accounts.units.list(includeInactive: true).map { ($0.id, $0) },
                    uniquingKeysWith: { a, _ in a })
                let writer = ProjectJSON(partners: partners, units: units, days: threshold, asOf: day)
                if json {
                    let page = ProjectPage(items: projects, total: projects.count, page: 1, per: max(projects.count, 1))
                    return writer.page(page).serialized()
                }
                return ProjectsCommand.text(projects, writer: writer)
            }
            print(output)
        }
    }

    /// `youcheng projects import FILE [--dry-run]`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "从 CSV 或 XLSX 导入合作项目（全部或全不）/ import projects from CSV or XLSX, all rows or none")
        @Argument(help: "CSV（UTF-8、带 BOM 或 GB18030）或 XLSX / the projects file") var file: String
        @Flag(name: .customLong("dry-run"), help: "只检查并报告，不写入 / validate and report, store nothing")
        var dryRun = false
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var importLimits: ImportLimitOptions

        func run() async throws {
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CommandFailure(Bilingual(zh: "无法读取文件「\(file)」", en: "cannot read the file \"\(file)\""))
            }
            let outcome: ProjectImportRun.Outcome
            do {
                let table = try RegistryFiles.read(data: data, filename: file, limits: try importLimits.resolved())
                    .table
                outcome = try await withServices(db) { services in
                    try await ProjectImportRun.run(
                        table: table, dryRun: dryRun, today: try PlanCommand.day(nil), services: services)
                }
            } catch let error as RegistryFileError {
                outcome = ProjectImportRun.Outcome(rows: 0, ids: [], errors: [error.message])
            }
            print(outcome.text)
            if !outcome.succeeded { throw ExitCode(1) }
        }
    }

    /// One line a project: id, stage, title, unit, partners, last update, and 停滞 / stalled when it is.
    static func text(_ projects: [ProjectSummary], writer: ProjectJSON) -> String {
        if projects.isEmpty { return "没有合作项目 / no projects" }
        return projects.map { p in
            let stalled = ProjectRules.isStalled(
                stage: p.stage, lastUpdate: p.lastUpdate, asOf: writer.asOf, days: writer.days)
            let partners = p.draft.partnerIds.map { writer.partners[$0]?.displayName(.zh) ?? "#\($0)" }
            return [
                String(p.id), "\(p.stage.label.zh)/\(p.stage.rawValue)", p.draft.title,
                writer.units[p.draft.unitId]?.nameZh ?? "", partners.joined(separator: "、"),
                "最近更新 / updated \(p.lastUpdate)", stalled ? "停滞 / stalled" : "",
            ].joined(separator: "\t")
        }.joined(separator: "\n")
    }
}
