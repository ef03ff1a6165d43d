import Testing
import YouchengCore

@Suite struct RegistryImporterTests {
    let importer = RegistryImporter(reference: .bundled)

    func errors(_ rows: [[String]], importer: RegistryImporter? = nil) throws -> [RowError] {
        try (importer ?? self.importer).plan(rows).errors
    }

    @Test func badDateIsReportedWithRowColumnValueAndReasonInBothLanguages() throws {
        let rows = [
            ["本地主体", "外方城市", "国家", "结好时间"],
            ["南京市", "名古屋", "日本", "1978-12-21"],
            ["南京市", "莱比锡", "德国", "2019-13-45"],
        ]
        let found = try errors(rows)
        #expect(found.count == 1)
        #expect(found.first?.message.zh == "第 3 行 结好时间「2019-13-45」不是有效日期")
        #expect(found.first?.message.en == "row 3, established: \"2019-13-45\" is not a valid date")
        #expect(found.first?.field == "established")
    }

    @Test func everyKindOfBadRowIsReported() throws {
        let rows = [
            ["home", "partner", "partner_zh", "country", "kind", "status"],
            ["南京市", "Nagoya", "", "Atlantis", "sister", ""],
            ["吉林", "Sendai", "", "JP", "", ""],
            ["示例市", "Sendai", "", "JP", "", ""],
            ["南京市", "", "", "JP", "", ""],
            ["南京市", "Florence", "", "IT", "cousin", ""],
            ["南京市", "Florence", "", "IT", "", "sleeping"],
            ["南京市", "Perth", "", "AU", "", ""],
            ["320100", "PERTH", "", "Australia", "", ""],
        ]
        let byRow = Dictionary(grouping: try errors(rows), by: \.row)
        #expect(byRow[2]?.first?.field == "country")
        #expect(byRow[3]?.first?.message.zh.contains("吉林省 220000") == true)
        #expect(byRow[4]?.first?.message.en == "row 4, home: \"示例市\" is not a known locality")
        #expect(byRow[5]?.first?.field == "partner")
        #expect(byRow[6]?.first?.field == "kind")
        #expect(byRow[7]?.first?.field == "status")
        #expect(byRow[8] == nil)
        #expect(byRow[9]?.first?.message.en == "row 9: repeats row 8 (the same home and partner)")
    }

    @Test func headersMatchInEitherLanguageAndAnyCaseAndUnknownOnesAreReported() throws {
        let plan = try importer.plan([
            [" HOME ", "Partner_EN", "国家", "缔结时间", "Mayor"],
            ["南京市", "Nagoya", "JP", "1978年12月21日", "Kawamura"],
        ])
        #expect(plan.errors.isEmpty)
        #expect(plan.rows.first?.established == .some(PartialDate(year: 1978, month: 12, day: 21)))
        #expect(plan.rows.first?.kind == nil)
        #expect(plan.remarks.contains { $0.en.contains("\"Mayor\"") })
        #expect(plan.remarks.contains { $0.en.contains("no kind column") })
    }

    @Test func homeOptionFillsRowsWithoutAHomeAndAMissingHomeColumnIsAFileError() throws {
        let nanjing = try #require(ReferenceData.bundled.localities.locality("320100"))
        let rows = [["partner", "country"], ["Nagoya", "JP"]]
        let plan = try RegistryImporter(reference: .bundled, defaultHome: nanjing).plan(rows)
        #expect(plan.rows.first?.homeCode == "320100")
        #expect(throws: ImportFileError.self) { try importer.plan(rows) }
        #expect(throws: ImportFileError.noHeader) { try importer.plan([["", " "]]) }
    }

    @Test func blankRowsAreSkippedButRowNumbersStayAsTheSpreadsheetShowsThem() throws {
        let rows = [
            ["本地主体", "外方城市", "国家"], ["", "", ""], ["南京市", "名古屋", "日本"], ["南京市", "某城", "火星"],
        ]
        let plan = try importer.plan(rows)
        #expect(plan.dataRows == 2)
        #expect(plan.errors.map(\.row) == [4])
    }
}

@Suite struct RegistryImporterCountryTests {
    @Test func chinaAndItsRegionsAreNotPartnerCountries() throws {
        let plan = try RegistryImporter(reference: .bundled).plan([
            ["home", "partner", "country"], ["南京市", "Suzhou", "中国"], ["南京市", "Kowloon", "Hong Kong"],
            ["南京市", "Taipei", "中国台湾"], ["南京市", "Macau", "MO"],
        ])
        #expect(plan.errors.map(\.row) == [2, 3, 4, 5])
        #expect(
            plan.errors.first?.message.en
                == "row 2, country: \"中国\" is not a foreign country: a partner is a locality abroad")
        var form = PartnershipForm()
        form.home = "南京"
        form.partner = "Suzhou"
        form.country = "CN"
        guard case .failure(let errors) = form.validate(reference: .bundled) else {
            Issue.record("the form should refuse China")
            return
        }
        #expect(errors.message(for: "country")?.zh == "国家「CN」不是外国：国际友城的外方城市应在中国境外")
    }
}
