import ArgumentParser
import Foundation
import YouchengCore
import YouchengStore

/// `youcheng summary`: the situation paragraph (or its figures as JSON) that reports open with.
struct SummaryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "summary", abstract: "友城工作概况 / the situation summary that reports open with")

    @OptionGroup var db: DatabaseOptions
    @OptionGroup var labels: LabelOptions

    @Option(help: "本地主体（含其下属）/ home locality, with everything under it (code or name)")
    var home: String?

    @Option(name: .customLong("as-of"), help: "截至日期 YYYY-MM-DD（默认今天）/ as-of date (default: today)")
    var asOf: String?

    @Flag(help: "以 JSON 输出 / print the figures as JSON")
    var json = false

    @Option(help: "zh | en")
    var lang: String = "zh"

    func run() async throws {
        let reference = ReferenceData.bundled
        guard let language = Language(code: lang) else {
            throw ValidationError("--lang 应为 zh 或 en / --lang must be zh or en")
        }
        let day = try SummaryRun.asOfDate(asOf, today: Date())
        let homeLocality = try resolveHome(home, reference: reference)
        let summary = try await withServices(db) { services in
            try await services.registry.situation(
                home: homeLocality, asOf: day, reference: reference)
        }
        if json {
            print(String(decoding: try summary.jsonData(), as: UTF8.self))
        } else {
            print(summary.paragraph(language, catalog: reference.countries, friendshipLabel: try labels.resolved()))
        }
    }
}

/// The `--as-of` rule of the summary command.
public enum SummaryRun {
    /// `text` as a full date, or today in `timeZone` (the machine's, as an office reads its calendar) when nil;
    /// an unreadable date is a bilingual failure.
    public static func asOfDate(_ text: String?, today: Date, timeZone: TimeZone = .current) throws -> PartialDate {
        guard let text else {
            let parts = Calendar(identifier: .gregorian).dateComponents(in: timeZone, from: today)
            return PartialDate(year: parts.year ?? 2000, month: parts.month, day: parts.day) ?? PartialDate(year: 2000)!
        }
        guard let date = PartialDate(parsing: text), date.day != nil else {
            throw CommandFailure(
                Bilingual(zh: "截至日期「\(text)」应为 YYYY-MM-DD", en: "--as-of \"\(text)\" must be a date YYYY-MM-DD"))
        }
        return date
    }
}
