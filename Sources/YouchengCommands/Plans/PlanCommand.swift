import ArgumentParser
import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore

/// `youcheng plan`: the joint meeting's work plans.
struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan", abstract: "工作计划 / the joint meeting's work plans",
        subcommands: [List.self, Import.self, Status.self], defaultSubcommand: List.self)

    /// `youcheng plan list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "列出工作计划 / list the plans")
        @OptionGroup var db: DatabaseOptions

        func run() async throws {
            let (plans, counts) = try await withServices(db) { services in
                (try await services.plans.plans(), try await services.plans.taskCounts())
            }
            if plans.isEmpty { print("还没有工作计划，可用 plan import 导入 / no plans yet; add one with plan import") }
            for plan in plans {
                let d = plan.draft
                print(
                    "\(plan.id)\t\(d.title)\t\(d.from)–\(d.to)\t\(d.kind.label.zh)\t\(d.status.label.zh)\t"
                        + "\(counts[plan.id] ?? 0) 项任务 / tasks")
            }
        }
    }

    /// `youcheng plan import FILE --title TEXT --from DATE --to DATE [--kind …] [--dry-run] [--json]`.
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "从任务表导入工作计划（全部或全不）/ import a plan from its task table, all rows or none")
        @Argument(help: "CSV（UTF-8、带 BOM 或 GB18030）或 XLSX / the task table") var file: String
        @Option(help: "计划名称 / the plan's title") var title: String
        @Option(help: "起始（年、月或日期）/ first year, month or day") var from: String
        @Option(help: "截止（年、月或日期）/ last year, month or day") var to: String
        @Option(help: "年度计划 | 三年行动计划 | 专项规划 | 其他 (annual | threeYear | special | other)")
        var kind: String = PlanKind.annual.rawValue
        @OptionGroup var db: DatabaseOptions
        @OptionGroup var importLimits: ImportLimitOptions
        @Flag(name: .customLong("dry-run"), help: "只检查并报告，不写入 / validate and report, store nothing")
        var dryRun = false
        @Flag(help: "以 JSON 输出报告 / print the report as JSON") var json = false

        func run() async throws {
            let draft = try PlanCommand.draft(title: title, from: from, to: to, kind: kind)
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                throw CommandFailure(Bilingual(zh: "无法读取文件「\(file)」", en: "cannot read the file \"\(file)\""))
            }
            let outcome: PlanImportOutcome
            do {
                let table = try RegistryFiles.read(data: data, filename: file, limits: try importLimits.resolved())
                    .table
                outcome = try await withServices(db) { services in
                    try await PlanImportRun.run(table: table, draft: draft, dryRun: dryRun, services: services)
                }
            } catch let error as RegistryFileError {
                outcome = PlanImportOutcome(report: nil, errors: [error.message], remarks: [])
            }
            print(json ? outcome.json.serialized() : outcome.text)
            if !outcome.succeeded { throw ExitCode(1) }
        }
    }

    /// `youcheng plan status ID [--as-of DATE] [--json]`.
    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "计划进度：按状态、逾期、本季度未报送、按单位 / a plan's progress")
        @Argument(help: "计划编号 / the plan's id") var id: Int64
        @Option(name: .customLong("as-of"), help: "截至日期（默认今天）/ the day to judge as of (today by default)")
        var asOf: String?
        @OptionGroup var db: DatabaseOptions
        @Flag(help: "以 JSON 输出 / print JSON") var json = false

        func run() async throws {
            let day = try PlanCommand.day(asOf)
            let progress: PlanProgress
            do {
                progress = try await withServices(db) { services in
                    try await services.plans.progress(planId: id, asOf: day)
                }
            } catch let error as PlanError {
                throw CommandFailure(error.message)
            }
            print(json ? progress.json.serialized() : PlanCommand.text(progress))
        }
    }

    /// The plan a command's options give, or a failure naming the option.
    static func draft(title: String, from: String, to: String, kind: String) throws -> PlanDraft {
        let period = PlanDraft.period(from: from, to: to)
        guard let start = period.from else {
            throw CommandFailure(Bilingual(zh: "--from「\(from)」不是有效日期", en: "--from \"\(from)\" is not a date"))
        }
        guard let end = period.to else {
            throw CommandFailure(Bilingual(zh: "--to「\(to)」不是有效日期", en: "--to \"\(to)\" is not a date"))
        }
        guard let kind = PlanKind(parsing: kind) else {
            throw CommandFailure(
                Bilingual(
                    zh: "--kind「\(kind)」应为 年度计划、三年行动计划、专项规划 或 其他",
                    en: "--kind \"\(kind)\" must be annual, threeYear, special or other"))
        }
        do {
            return try PlanDraft(title: title, from: start, to: end, kind: kind).validated()
        } catch {
            throw CommandFailure(error.errors.first?.message ?? Bilingual(zh: "计划无效", en: "invalid plan"))
        }
    }

    /// The day `text` names, or today (UTC) when nil.
    static func day(_ text: String?) throws -> Day {
        guard let text else {
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
            return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)!
        }
        guard let day = Day(parsing: text) else {
            throw CommandFailure(Bilingual(zh: "--as-of「\(text)」不是有效日期", en: "--as-of \"\(text)\" is not a date"))
        }
        return day
    }

    /// The figures, the sentence and the unit table, for people.
    static func text(_ p: PlanProgress) -> String {
        var lines = [
            "\(p.plan.title)（\(p.plan.draft.from)–\(p.plan.draft.to)），截至 / as of \(p.asOf)",
            p.sentence.zh, p.sentence.en,
            "单位 / unit\t牵头 / lead\t已完成 / done\t逾期 / overdue\t未报送 / not reported",
        ]
        for row in p.byUnit {
            lines.append("\(row.name.zh)\t\(row.lead)\t\(row.done)\t\(row.overdue)\t\(row.notReported)")
        }
        return lines.joined(separator: "\n")
    }
}
