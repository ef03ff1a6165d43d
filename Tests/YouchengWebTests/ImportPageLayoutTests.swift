import Foundation
import Testing

@testable import YouchengWeb

/// The import page on a register kept by hand: the report names rows as the spreadsheet does and says the total row
/// was skipped.
@Suite struct ImportPageLayoutTests {
    @Test func theReportKeepsTheSpreadsheetsRowNumbersAndSaysTheTotalRowWasSkipped() async throws {
        try await WebTestSite.run { site in
            let csv = """
                南京市国际友好城市一览表,,,
                ,,,
                序号,外方城市英文名,国家,结好时间
                1,Tampere,芬兰,2019
                2,Atlantis City,Atlantis,2000
                合计,2,,

                """

            let report = try await ImportPagesTests.upload(site, ImportPagesTests.multipart(file: csv, home: "南京"))

            #expect(report.status == .unprocessableContent)
            #expect(report.text.contains("第 5 行 国家「Atlantis」"))
            #expect(report.text.contains("第 6 行是合计行，已跳过"))
            #expect(report.text.contains("row 6 is a total row and was skipped"))
            #expect(!report.text.contains("序号"))
            #expect(report.text.contains("data-count=\"rejected\"><dt>有误</dt><dd>1</dd>"))
        }
    }
}
