import ArgumentParser
import Foundation
import YouchengCore
import YouchengStore

/// `youcheng indicators [--year Y] [--json]`: each indicator's target, actual and status for a year, by category —
/// the figures of `/indicators` and `GET /api/v1/indicators`.
struct IndicatorsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "indicators", abstract: "指标完成情况：目标、实际与状态 / indicators against their targets for a year")
    @Option(help: "年份（默认今年）/ the year (this year by default)") var year: Int?
    @OptionGroup var db: DatabaseOptions
    @Flag(help: "以 JSON 输出 / print JSON") var json = false

    func run() async throws {
        let today = IndicatorsCommand.today()
        let year = try IndicatorsCommand.checked(year ?? today.year)
        let table = try await withServices(db) { services in
            try await services.indicatorReports(over: services.registry).table(
                year: year, today: today, timeZone: .current)
        }
        print(json ? table.json.serialized() : IndicatorsCommand.text(table))
    }

    /// Today in the machine's time zone, as an office reads its calendar.
    static func today() -> Day {
        let parts = Calendar(identifier: .gregorian).dateComponents(in: .current, from: Date())
        return Day(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
            ?? Day(year: 2000, month: 1, day: 1)!
    }

    /// `year` if a report may be asked for it, or a failure naming `--year`.
    static func checked(_ year: Int) throws -> Int {
        guard AnnualReport.years.contains(year) else {
            throw CommandFailure(Bilingual(zh: "--year「\(year)」无效", en: "--year \"\(year)\" is not valid"))
        }
        return year
    }

    /// One line per indicator under its category: code, name, target, actual (with its measure) and status.
    static func text(_ table: IndicatorTable) -> String {
        var lines = ["\(table.year)年指标完成情况 / Indicators \(table.year)"]
        for group in table.groups {
            lines.append("")
            lines.append("\(group.category.nameZh) / \(group.category.nameEn)")
            for line in group.lines {
                let draft = line.indicator.draft
                let target = line.target.map(IndicatorNumber.text) ?? "—"
                let actual = line.actual.map(IndicatorNumber.text) ?? "暂无数据 not available"
                let status = line.status.map { "\($0.label.zh) \($0.label.en)" } ?? "—"
                let source = line.source.isEmpty ? "" : "\t来源 source: \(line.source)"
                lines.append(
                    "  \(draft.code)\t\(draft.nameZh)\t目标 target \(target)\t实际 actual \(actual) \(draft.measure)\t\(status)\(source)"
                )
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// `youcheng scorecard [--year Y] [--sort COLUMN] [--asc] [--json]`: the unit scorecard of a year — the figures of
/// `/scorecard` and `GET /api/v1/scorecard`.
struct ScorecardCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scorecard", abstract: "成员单位考核 / the unit scorecard of a year")
    @Option(help: "年份（默认今年）/ the year (this year by default)") var year: Int?
    @Option(help: "排序列 / the column to sort by (exchanges, tasksLed, tasksOnTime, reports, answers, …)")
    var sort: String = ScorecardColumn.exchanges.rawValue
    @Flag(help: "升序 / ascending") var asc = false
    @OptionGroup var db: DatabaseOptions
    @Flag(help: "以 JSON 输出 / print JSON") var json = false

    func run() async throws {
        guard let column = ScorecardColumn(rawValue: sort) else {
            throw CommandFailure(Bilingual(zh: "--sort「\(sort)」不是可排序的列", en: "--sort \"\(sort)\" is not a column"))
        }
        let today = IndicatorsCommand.today()
        let year = try IndicatorsCommand.checked(year ?? today.year)
        let (card, names) = try await withServices(db) { services in
            let card = try await services.indicatorReports(over: services.registry).scorecard(
                year: year, today: today, timeZone: .current)
            let units = try await services.accounts.units.list(includeInactive: true)
            return (card, Dictionary(units.map { ($0.id, $0.nameZh) }, uniquingKeysWith: { a, _ in a }))
        }
        let rows = card.sorted(by: column, descending: !asc, names: names)
        if json { return print(card.json(rows: rows, names: names).serialized()) }
        print("单位\t交流活动\t牵头任务\t按时完成\t进展按时报送\t通知按时回复\t签约项目\t落地项目\t结好意向推进")
        for row in rows {
            func rate(_ part: Int, _ whole: Int) -> String { whole == 0 ? "—" : "\(part)/\(whole)" }
            let unavailable = "暂无数据"
            print(
                [
                    names[row.unitId] ?? "#\(row.unitId)", String(row.exchanges), String(row.tasksLed),
                    rate(row.tasksOnTime, row.tasksLed), row.reports.map { rate($0.reported, $0.required) } ?? "—",
                    row.answers.map { rate($0.onTime, $0.addressed) } ?? "—",
                    row.projectsSigned.map(String.init) ?? unavailable,
                    row.projectsLanded.map(String.init) ?? unavailable,
                    row.prospectsAdvanced.map(String.init) ?? unavailable,
                ].joined(separator: "\t"))
        }
    }
}
