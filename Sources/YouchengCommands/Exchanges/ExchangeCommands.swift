import ArgumentParser
import Foundation
import YouchengCore
import YouchengStore

/// `youcheng dormant`: partnerships gone quiet, longest silence first.
struct DormantCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dormant", abstract: "休眠友城 / partnerships with no exchange in the last N years")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "年限（默认取设置，出厂为 3）/ years of silence (default: the setting, 3 unless changed)")
    var years: Int?

    @Option(name: .customLong("as-of"), help: "截至日期 YYYY-MM-DD（默认今天）/ as-of date (default: today)")
    var asOf: String?

    @Option(help: "本地主体（含其下属）/ home locality, with everything under it (code or name)")
    var home: String?

    @Flag(help: "以 JSON 输出 / print JSON")
    var json = false

    @Option(help: "zh | en")
    var lang: String = "zh"

    func run() async throws {
        let reference = ReferenceData.bundled
        let language = try CommandDays.language(lang)
        let range = DormantRule.yearsRange
        if let years, !range.contains(years) {
            throw CommandFailure(
                Bilingual(
                    zh: "--years 应为 \(range.lowerBound) 到 \(range.upperBound)",
                    en: "--years must be from \(range.lowerBound) to \(range.upperBound)"))
        }
        let day = try CommandDays.day(asOf, option: "as-of") ?? CommandDays.today()
        let locality = try resolveHome(home, reference: reference)
        let findings = try await withServices(db) { services in
            try await services.reports.dormant(
                years: years, asOf: day, home: locality)
        }
        print(
            json
                ? ExchangeReports.dormantJSON(findings).serialized()
                : ExchangeReports.dormantText(findings, language: language, catalog: reference.countries))
    }
}

/// `youcheng activity`: the year's (or any period's) exchange figures, as a sentence or JSON.
struct ActivityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "activity", abstract: "交流活动统计 / exchange figures of a period")

    @OptionGroup var db: DatabaseOptions

    @Option(help: "起始日期 YYYY-MM-DD / first day") var from: String
    @Option(help: "截止日期 YYYY-MM-DD / last day") var to: String

    @Option(help: "本地主体：只计其（及下属）成员单位主办的交流 / only exchanges of units at or under this home")
    var home: String?

    @Flag(help: "以 JSON 输出 / print JSON") var json = false
    @Option(help: "zh | en") var lang: String = "zh"

    func run() async throws {
        let reference = ReferenceData.bundled
        let language = try CommandDays.language(lang)
        let (first, last) = try CommandDays.period(from, to)
        let locality = try resolveHome(home, reference: reference)
        let report = try await withServices(db) { services in
            try await services.reports.activity(
                from: first, to: last, home: locality)
        }
        print(json ? report.json.serialized() : report.sentence.text(language))
    }
}

/// `youcheng compliance`: outgoing delegations that break a rule.
struct ComplianceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compliance", abstract: "出访合规检查 / outgoing delegations that break a rule")

    @OptionGroup var db: DatabaseOptions
    @Option(help: "起始日期 YYYY-MM-DD / first day") var from: String
    @Option(help: "截止日期 YYYY-MM-DD / last day") var to: String
    @Flag(help: "以 JSON 输出 / print JSON") var json = false
    @Option(help: "zh | en") var lang: String = "zh"

    func run() async throws {
        let language = try CommandDays.language(lang)
        let (first, last) = try CommandDays.period(from, to)
        let found = try await withServices(db) { services in
            try await services.reports.compliance(from: first, to: last)
        }
        if json {
            print(ExchangeReports.complianceJSON(found, language: language).serialized())
        } else if found.isEmpty {
            print(language == .zh ? "该期间没有违反规定的出访团组。" : "No outgoing delegation of the period breaks a rule.")
        } else {
            for (exchange, breaches) in found {
                let trip = exchange.draft
                let rules = breaches.map { $0.message.text(language) }.joined(separator: language == .zh ? "；" : "; ")
                print(
                    "\(trip.start)–\(trip.end)\t\(trip.title)\t\(trip.countries.joined(separator: ","))\t\(rules)"
                )
            }
        }
    }
}

/// Dates and languages as the exchange commands read them.
enum CommandDays {
    /// `text` as a day, nil when absent; an unreadable one is a bilingual failure naming the option.
    static func day(_ text: String?, option: String) throws -> Day? {
        guard let text else { return nil }
        guard let day = Day(parsing: text) else {
            throw CommandFailure(
                Bilingual(
                    zh: "--\(option)「\(text)」应为日期 YYYY-MM-DD", en: "--\(option) \"\(text)\" must be a date YYYY-MM-DD"))
        }
        return day
    }

    /// `--from` and `--to`, the first not after the second.
    static func period(_ from: String, _ to: String) throws -> (Day, Day) {
        guard let first = try day(from, option: "from"), let last = try day(to, option: "to") else {
            throw CommandFailure(Bilingual(zh: "请给出 --from 和 --to", en: "give --from and --to"))
        }
        guard first <= last else {
            throw CommandFailure(
                Bilingual(zh: "--from \(first) 晚于 --to \(last)", en: "--from \(first) is after --to \(last)"))
        }
        return (first, last)
    }

    /// Today in the machine's time zone.
    static func today() throws -> Day {
        let date = try SummaryRun.asOfDate(nil, today: Date())
        guard let day = Day(date) else {
            throw CommandFailure(Bilingual(zh: "无法确定今天的日期", en: "cannot tell today's date"))
        }
        return day
    }

    /// `zh` or `en`.
    static func language(_ code: String) throws -> Language {
        guard let language = Language(code: code) else {
            throw ValidationError("--lang 应为 zh 或 en / --lang must be zh or en")
        }
        return language
    }
}
