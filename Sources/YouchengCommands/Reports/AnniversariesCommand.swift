import ArgumentParser
import Foundation
import YouchengCore
import YouchengStore

/// `youcheng anniversaries`: the 5th, 10th, 15th … anniversaries in a period (default: the next 12 months).
struct AnniversariesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "anniversaries", abstract: "友城结好周年（逢五逢十）/ round anniversaries of partnerships")

    @OptionGroup var db: DatabaseOptions
    @Option(help: "起始日期 YYYY-MM-DD（默认今天）/ first day (default: today)") var from: String?
    @Option(help: "截止日期 YYYY-MM-DD（默认一年后的前一天）/ last day (default: a year on, less a day)") var to: String?
    @Option(help: "本地主体（含其下属）/ home locality, with everything under it") var home: String?
    @Flag(help: "以 JSON 输出 / print JSON") var json = false
    @Option(help: "zh | en") var lang: String = "zh"

    func run() async throws {
        let reference = ReferenceData.bundled
        let language = try CommandDays.language(lang)
        let first = try CommandDays.day(from, option: "from") ?? CommandDays.today()
        let last = try CommandDays.day(to, option: "to") ?? first.lastOfTwelveMonths ?? first
        guard first <= last else {
            throw CommandFailure(
                Bilingual(zh: "--from \(first) 晚于 --to \(last)", en: "--from \(first) is after --to \(last)"))
        }
        let locality = try resolveHome(home, reference: reference)
        let found = try await withServices(db) { services in
            try await services.reports.anniversaries(
                from: first, to: last, home: locality)
        }
        if json {
            print(ExchangeReports.anniversariesJSON(found).serialized())
            return
        }
        if found.isEmpty { print(language == .zh ? "该期间没有逢五逢十的结好周年。" : "No round anniversary in the period.") }
        for anniversary in found {
            let record = anniversary.record
            let partner = record.partner.displayName(language)
            print(
                language == .zh
                    ? "\(anniversary.date.display(.zh))\t\(record.home.fullName)—\(partner)\t结好\(anniversary.years)周年"
                    : "\(anniversary.date)\t\(record.home.fullName) – \(partner)\t\(anniversary.years) years")
        }
    }
}
