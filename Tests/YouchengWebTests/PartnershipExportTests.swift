import Foundation
import Testing
import YouchengCore

@Suite struct PartnershipExportTests {
    @Test func csvExportHoldsExactlyTheFilteredRowsOnEveryPage() async throws {
        try await WebTestSite.run { site in
            // page and per do not limit an export: both Italian partnerships, though the page shows one.
            let response = try await site.get("/partnerships.csv?country=IT&per=1&page=2")

            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(response.headers[.contentDisposition]?.contains("partnerships-2026-11-23.csv") == true)
            let text = response.text
            #expect(text.hasPrefix("\u{FEFF}"))
            let lines = text.split(whereSeparator: \.isNewline)
            #expect(lines.count == 3)  // header and two rows
            #expect(text.contains("Florence") && text.contains("Venice"))
            #expect(!text.contains("Nagoya"))
        }
    }

    @Test func xlsxExportIsAZipWorkbook() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships.xlsx?kind=sisterCity")

            #expect(response.status == .ok)
            #expect(
                response.headers[.contentType] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            #expect(Array(response.body.readableBytesView.prefix(2)) == [0x50, 0x4B])  // "PK"
        }
    }

    @Test func exportRefusesABadFilterLikeThePage() async throws {
        try await WebTestSite.run { site in
            let response = try await site.get("/partnerships.csv?kind=bogus")

            #expect(response.status == .badRequest)
        }
    }
}
