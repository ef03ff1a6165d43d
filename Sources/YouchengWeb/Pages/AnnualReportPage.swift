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
            try PeriodParameters(query: query, reference: dependencies.reference).number(
                "year", in: AnnualReport.years) ?? (dependencies.todayDay.year - 1)
        let report = try await dependencies.reports.annual(year: year)
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
        let hasRows: Bool
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
        sections = report.sections(language, reference: reference, friendshipLabel: friendshipLabel).map { section in
            Section(
                key: section.key, title: section.title, text: section.text, head: section.head,
                rows: section.rows.map { row in row.map { Cell(value: $0, number: Int($0) != nil) } },
                hasRows: !section.rows.isEmpty)
        }
        previousHref = WebRoute.annualReport.link([("year", String(report.year - 1))])
        nextHref = WebRoute.annualReport.link([("year", String(report.year + 1))])
    }
}
