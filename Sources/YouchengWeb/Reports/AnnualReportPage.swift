import Foundation
import Hummingbird
import YouchengCore
import YouchengStore

/// `GET /reports/annual?year=YYYY` (default: last year): the annual report as a printable page (A4, each section on
/// its own page when printed), in the page's language. `youcheng report annual` writes the same as HTML or XLSX.
struct AnnualReportPage: Sendable {
    let dependencies: WebDependencies

    func show(_ request: Request, _ context: WebRequestContext) async throws -> Response {
        let query = try request.queryString()
        let year =
            try PageParameters(query: query, reference: dependencies.reference).number(
                "year", in: AnnualReport.years) ?? (dependencies.todayDay.year - 1)
        let report = try await dependencies.reports.annual(year: year, today: dependencies.todayDay)
        let view = AnnualReportView(
            report: report, language: context.language, reference: dependencies.reference,
            friendshipLabel: dependencies.configuration.friendshipLabel)
        return try await dependencies.renderer.page(
            "report-annual", title: view.title, content: view, frame: PageFrame(request: request, context: context))
    }
}

/// The annual report's view model: its sections as headings, paragraphs and tables.
public struct AnnualReportView: Sendable {
    /// One section.
    public struct Section: Sendable {
        let key: String
        let title: String
        let text: String?
        let head: [String]
        let rows: [[Cell]]
        /// The section's chart as SVG markup written by our chart code (it escapes every text itself).
        let chart: String?
    }

    /// One table cell; numbers are right-aligned.
    public struct Cell: Sendable {
        let value: String
        let number: Bool
    }

    let title: String
    let year: Int
    let sections: [Section]
    let previousHref: String
    let nextHref: String

    /// The view of `report` in `language`.
    public init(report: AnnualReport, language: Language, reference: ReferenceData, friendshipLabel: String) {
        title = language == .zh ? "\(report.year)年国际友城工作年度报告" : "Sister-city annual report \(report.year)"
        year = report.year
        let note = language == .zh ? "具体数字见下表。" : "The numbers are in the table below."
        sections = report.sections(language, reference: reference, friendshipLabel: friendshipLabel).map { section in
            Section(
                key: section.key, title: section.title, text: section.text, head: section.head,
                rows: section.rows.map { row in row.map { Cell(value: $0, number: Int($0) != nil) } },
                chart: Self.chart(for: section.key, report, title: section.title, note: note, language: language))
        }
        previousHref = ReportRoute.annualReport.link([("year", String(report.year - 1))])
        nextHref = ReportRoute.annualReport.link([("year", String(report.year + 1))])
    }

    /// The charts of the report: partnerships by year established (with the cumulative line), and the year's
    /// exchanges by kind.
    static func chart(for key: String, _ report: AnnualReport, title: String, note: String, language: Language)
        -> String?
    {
        switch key {
        case "growth" where !report.establishedByYear.years.isEmpty:
            let counts = report.establishedByYear
            return ColumnChartSVG(
                id: "report-growth-chart", title: title, description: note, labels: counts.years.map(String.init),
                values: counts.counts,
                line: (ChartScale.cumulative(counts.counts), language == .zh ? "累计" : "Cumulative", title)
            ).render()
        case "activity":
            let kinds = report.activity.byKind.filter { $0.1 > 0 }
            guard !kinds.isEmpty else { return nil }
            return BarChartSVG(
                id: "report-activity-chart", title: title, description: note,
                labels: kinds.map { $0.0.label.text(language) }, values: kinds.map(\.1)
            ).render()
        default: return nil
        }
    }
}
