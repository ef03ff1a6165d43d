import Foundation
import Mustache
import YouchengCore

/// The annual report as a standalone HTML file (its own print stylesheet, no navigation), for
/// `youcheng report annual --format html`.
public enum AnnualReportDocument {
    /// The document of `report` in `language`.
    public static func html(
        _ report: AnnualReport, language: Language, reference: ReferenceData, friendshipLabel: String
    ) throws -> String {
        let resources = try WebResources.directory
        let renderer = try PageRenderer(resources: resources, isDemo: { false })
        // A file opened on its own, never served: its stylesheet travels inside it (pages link theirs instead, as the
        // content-security policy wants).
        let css = try String(
            contentsOf: resources.appendingPathComponent("Static/report-document.css"), encoding: .utf8)
        let model = Document(
            htmlLang: language == .zh ? "zh-Hans" : "en", styleElement: "<style>\n" + css + "</style>",
            t: renderer.catalog.labels(language),
            content: AnnualReportView(
                report: report, language: language, reference: reference, friendshipLabel: friendshipLabel),
            generated: language == .zh ? "由友城 Youcheng 生成" : "Made with Youcheng")
        guard let html = renderer.library.render(model, withTemplate: "report-annual-document") else {
            throw WebResourcesError.missing("report-annual-document")
        }
        return html
    }

    private struct Document: Sendable {
        let htmlLang: String
        let styleElement: String
        let t: [String: String]
        let content: AnnualReportView
        let generated: String
    }
}
