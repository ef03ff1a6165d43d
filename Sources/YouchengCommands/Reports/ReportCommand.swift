import ArgumentParser
import Foundation
import YouchengCore
import YouchengSheets
import YouchengStore
import YouchengWeb

/// `youcheng report annual --year YYYY --format html|xlsx [--output FILE]`.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "报告 / reports", subcommands: [Annual.self])

    /// The annual report.
    struct Annual: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract:
                "年度报告（HTML 可打印，XLSX 每部分一个工作表）/ the annual report (printable HTML, or XLSX with a sheet per section)")

        @OptionGroup var db: DatabaseOptions
        @OptionGroup var labels: LabelOptions
        @Option(help: "年份 / the year") var year: Int
        @Option(help: "html | xlsx") var format: String = "html"
        @Option(help: "输出文件（默认标准输出，仅 html）/ output file (default: standard output, html only)") var output: String?
        @Option(help: "zh | en") var lang: String = "zh"

        func run() async throws {
            let language = try CommandDays.language(lang)
            guard AnnualReport.years.contains(year) else {
                throw CommandFailure(Bilingual(zh: "--year 应在 1950 到 2100 之间", en: "--year must be from 1950 to 2100"))
            }
            guard format == "html" || format == "xlsx" else {
                throw CommandFailure(Bilingual(zh: "--format 应为 html 或 xlsx", en: "--format must be html or xlsx"))
            }
            if format == "xlsx" && output == nil {
                throw CommandFailure(Bilingual(zh: "XLSX 需要 --output 文件", en: "XLSX needs --output FILE"))
            }
            let reference = ReferenceData.bundled
            let label = try labels.resolved()
            let today = try CommandDays.today()
            let report = try await withServices(db) { services in
                try await services.reports.annual(year: year, today: today)
            }
            let data = try Self.file(report, format: format, language: language, reference: reference, label: label)
            if let output {
                try data.write(to: URL(fileURLWithPath: output))
                print(language == .zh ? "已写入 \(output)" : "written to \(output)")
            } else {
                FileHandle.standardOutput.write(data)
            }
        }

        /// The report as an HTML document or an XLSX workbook (one sheet per section, figures as numbers).
        static func file(
            _ report: AnnualReport, format: String, language: Language, reference: ReferenceData, label: String
        )
            throws -> Data
        {
            if format == "html" {
                return Data(
                    try AnnualReportDocument.html(
                        report, language: language, reference: reference, friendshipLabel: label
                    )
                    .utf8)
            }
            return try AnnualReportWorkbook.data(
                report, language: language, reference: reference, friendshipLabel: label)
        }
    }
}
