import Foundation
import HummingbirdTesting
import Testing
import YouchengCore

@testable import YouchengWeb

/// The payload where it arrives by other doors than a crawled form: the sign-in page, an uploaded file, and the
/// spreadsheet and calendar files the site writes.
extension EscapingTests {
    @Test func signInPageKeepsTheIssuesNextInsideItsAttribute() async throws {
        try await WebTestSite.run { site in
            let page = try await site.signedOut.get(
                "/login?next=/%22%CC%81%20autofocus%20onfocus%3Dalert(1)%20x%3D")
            let refused = try await site.signInAttempt(Self.payload, password: "wrong", next: Self.issueText)

            #expect(page.status == .ok)
            #expect(page.text.contains("name=\"next\" value=\"/&quot;\u{301} autofocus onfocus=alert(1) x=\""))
            #expect(Self.rawMarks(page.text).isEmpty)
            #expect(refused.text.contains("value=\"/&quot;\u{301} autofocus onfocus=alert(1) x=\""))
            #expect(Self.rawMarks(refused.text).isEmpty)
        }
    }

    @Test func uploadedPayloadIsEscapedInTheImportReport() async throws {
        try await WebTestSite.run { site in
            let csv = CSV.write(
                [
                    ["本地主体", "外方城市", "外方城市英文名", "国家", "类型", "结好时间"],
                    ["南京市", Self.payload, Self.payload, "FI", "友好城市", "2017"],
                ],
                bom: false)

            let report = try await ImportPagesTests.upload(site, ImportPagesTests.multipart(file: csv))
            let token = try #require(ImportPagesTests.token(report.text))
            let result = try await site.post("/import/confirm", form: [("token", token)])
            let list = try await site.get("/partnerships")

            #expect(report.status == .ok && result.status == .ok)
            #expect(list.text.contains("&quot;\u{301} autofocus onfocus=alert(1)"))
            for response in [report, result, list] { Self.check("import", response) }
        }
    }

    @Test func csvExportGuardsAFormulaStartingWithACombiningMark() async throws {
        try await WebTestSite.run { site in
            try await Self.storePayload(site)

            let export = try await site.get("/partnerships.csv")
            let rows = try CSV.parse(export.text)

            // `=` and U+0301 are one Character, but a spreadsheet reads `=` first: the cell gets Excel's apostrophe.
            #expect(rows.contains { $0.contains("'=\u{301}1+1") })
            #expect(!rows.contains { $0.contains("=\u{301}1+1") })
            #expect(rows.contains { $0.contains(Self.payload) })
        }
    }

    @Test func calendarFeedEscapesSeparatorsBeforeACombiningMark() async throws {
        try await WebTestSite.run { site in
            try await Self.storePayload(site)
            let made = try await site.post("/calendar", form: [])
            let url = try #require(
                HTMLScan.tags("input", in: made.text).map(HTMLScan.attributes).first { $0["id"] == "calendar-url" }?[
                    "value"])
            let link = try #require(url.range(of: "/calendar.ics?")).lowerBound

            let feed = try await site.signedOut.get(String(url[link...]))
            let lines = ICalendarTestsSupport.unfold(feed.text)

            // The exchange (2026-12-10) and the partnership's 10th anniversary (2027-03-01) both carry the payload.
            let carrying = lines.filter { $0.hasPrefix("SUMMARY:") && $0.contains("onfocus=alert(1)") }
            #expect(carrying.count == 2)
            #expect(carrying.allSatisfy { Self.unescapedSeparator(in: String($0.dropFirst("SUMMARY:".count))) == nil })
            #expect(
                carrying.allSatisfy { $0.unicodeScalars.map(\.value).contains([0x5C, 0x2C, 0x301, 0x5C, 0x3B, 0x301]) })
        }
    }

    /// The first `,` or `;` of an iCalendar TEXT value not escaped by a backslash, read scalar by scalar.
    static func unescapedSeparator(in value: String) -> Int? {
        var escaped = false
        for (offset, scalar) in value.unicodeScalars.enumerated() {
            if escaped {
                escaped = false
            } else if scalar == "\\" {
                escaped = true
            } else if scalar == "," || scalar == ";" {
                return offset
            }
        }
        return nil
    }
}

extension EscapingTests {
    @Test func annualReportDocumentEscapesStoredPayload() async throws {
        try await WebTestSite.run { site in
            try await Self.storePayload(site)
            let report = try await site.reports().annual(year: 2026)

            let html = try AnnualReportDocument.html(
                report, language: .zh, reference: .bundled, friendshipLabel: "友好城市")

            // The template's content-type line leaves nothing before the doctype.
            #expect(html.hasPrefix("<!DOCTYPE html>"))
            #expect(html.contains("onfocus=alert(1)"))
            #expect(Self.rawMarks(html).isEmpty)
        }
    }
}
