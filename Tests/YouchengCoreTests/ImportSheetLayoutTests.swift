import Testing
import YouchengCore

/// Registers as offices keep them: a title, a blank and a note row above the header, a 序号 column, a 合计 row.
@Suite struct ImportSheetLayoutTests {
    let importer = RegistryImporter(reference: .bundled)

    /// Rows 1–3 above the header (row 4), rows 5, 7, 8 data (row 6 blank), row 9 the total.
    static let register: [[String]] = [
        ["南京市国际友好城市一览表", "", "", "", ""],
        ["", "", "", "", ""],
        ["填报单位：南京市外办", "", "", "", ""],
        ["序号", "本地主体", "外方城市", "国家", "结好时间"],
        ["1", "南京市", "名古屋", "日本", "1978-12-21"],
        ["", "", "", "", ""],
        ["2", "南京市", "莱比锡", "德国", "2019-13-45"],
        ["3", "南京市", "某城", "火星", "1990"],
        ["合　计", "", "3", "", ""],
    ]

    @Test func theHeaderIsTheFirstRowNamingTwoColumnsAndRowsKeepTheSpreadsheetsNumbers() throws {
        let plan = try importer.plan(Self.register)

        #expect(plan.rows.map(\.row) == [5])
        #expect(plan.errors.map(\.row) == [7, 8])
        #expect(plan.errors.first?.message.en == "row 7, established: \"2019-13-45\" is not a valid date")
        #expect(plan.dataRows == 3)
    }

    @Test func theSerialColumnIsIgnoredSilentlyAndTheTotalRowIsSkippedWithARemark() throws {
        let plan = try importer.plan(Self.register)

        #expect(plan.totalRow == 9)
        #expect(
            plan.remarks.map(\.both) == [
                "第 9 行是合计行，已跳过 / row 9 is a total row and was skipped",
                "文件没有「类型」列：新增的友城按友好城市登记 / the file has no kind column: new partnerships are recorded as sister cities",
            ])
    }

    @Test func aTotalRowIsRecognizedAfterBlankCellsAndWithACountButOnlyAtTheEnd() throws {
        let header = ["No.", "home", "partner", "country"]
        let nagoya = ["1", "南京市", "Nagoya", "JP"]
        let total = ["", "Total: 1", "", ""]

        let trailing = try importer.plan([header, nagoya, total])
        let inside = try importer.plan([header, ["", "总计", "", ""], nagoya])

        #expect(trailing.totalRow == 3 && trailing.errors.isEmpty && trailing.dataRows == 1)
        #expect(inside.totalRow == nil)
        #expect(Set(inside.errors.map(\.row)) == [2])
        #expect(!trailing.remarks.contains { $0.en.contains("unknown") })
    }

    @Test func aFileWhoseOnlyDataRowIsTheTotalHasNoData() {
        #expect(throws: ImportFileError.noData) {
            try importer.plan([["本地主体", "外方城市", "国家"], ["合计", "0", ""]])
        }
    }

    @Test func theHeaderIsLookedForInTheFirstTenRowsOnly() throws {
        let header = ["本地主体", "外方城市", "国家"]
        let nagoya = ["南京市", "名古屋", "日本"]
        let notes = (1...9).map { ["说明 \($0)", "", ""] }

        let tenth = try importer.plan(notes + [header, nagoya])

        #expect(tenth.rows.map(\.row) == [11])
        #expect(throws: ImportFileError.missingColumn(Bilingual(zh: "外方城市」或「外方城市英文名", en: "partner_zh or partner"))) {
            try importer.plan(notes + [["说明 10", "", ""], header, nagoya])
        }
    }

    @Test func aRowNamingOneColumnIsNotTheHeader() throws {
        let plan = try importer.plan([
            ["国家", "", ""],
            ["本地主体", "外方城市", "国家"],
            ["南京市", "名古屋", "日本"],
        ])

        #expect(plan.rows.map(\.row) == [3])
        #expect(plan.errors.isEmpty)
    }

    @Test func anExchangesFileIsRecognizedAndReadBelowItsTitle() throws {
        let table = [
            ["2024年外事活动统计", "", "", "", ""],
            ["", "", "", "", ""],
            ["序号", "开始日期", "类型", "主题", "国家"],
            ["1", "2024-05-06", "出访", "考察", "日本"],
            ["合计", "", "", "1 项", ""],
        ]

        let plan = try ExchangeImportFixture.importer.plan(table)

        #expect(ExchangeImporter.recognizes(table: table))
        #expect(!ExchangeImporter.recognizes(table: Self.register))
        #expect(plan.rows.map(\.line) == [4])
        #expect(plan.rows.first?.countries == ["JP"])
        #expect(plan.totalRow == 5)
        #expect(plan.remarks.map(\.en) == ["row 5 is a total row and was skipped"])
    }
}
