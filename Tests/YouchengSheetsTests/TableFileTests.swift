import Foundation
import Testing
import YouchengCore
import YouchengSheets

@Suite("TableFile")
struct TableFileTests {
    static let csvRows = [["城市", "国家", "年份"], ["杭州", "日本", "1985"], ["巴黎, 法国", "法国", "1997"]]

    @Test func readsAZipAsXLSX() throws {
        let result = try TableFile.readRows(data: Fixture.data("registry-libreoffice.xlsx"), filename: "名录.xlsx")

        #expect(result.format == .xlsx)
        #expect(result.rows.first == ["城市", "国家", "结好日期", "年份", "备注"])
    }

    @Test func readsAGB18030CSVAsExcelOnChineseWindowsWritesIt() throws {
        let result = try TableFile.readRows(data: Fixture.data("gb18030.csv"), filename: "友城.csv")

        #expect(result.format == .csv(.gb18030))
        #expect(result.rows == Self.csvRows)
    }

    @Test func readsAUTF8CSVWithByteOrderMark() throws {
        let result = try TableFile.readRows(data: Fixture.data("utf8-bom.csv"), filename: nil)

        #expect(result.format == .csv(.utf8BOM))
        #expect(result.rows == Self.csvRows)
    }

    @Test func handsJSONTextBackUnparsed() throws {
        let text = "\u{FEFF} \n[{\"城市\": \"杭州\"}]"

        let result = try TableFile.readRows(data: Data(text.utf8), filename: "data.txt")

        #expect(result.format == .json(" \n[{\"城市\": \"杭州\"}]"))
        #expect(result.rows.isEmpty)
    }

    @Test func rejectsABinaryFile() throws {
        let data = try Fixture.data("binary.png")

        #expect(throws: TabularError.binary) { try TableFile.readRows(data: data, filename: "logo.png") }
    }

    @Test func rejectsAnEmptyFile() throws {
        let data = try Fixture.data("empty.csv")

        #expect(throws: TabularError.empty) { try TableFile.readRows(data: data, filename: "empty.csv") }
    }

    @Test func rejectsATruncatedWorkbook() throws {
        let data = try Fixture.data("truncated.xlsx")

        #expect(throws: TabularError.brokenWorkbook("not a zip archive")) {
            try TableFile.readRows(data: data, filename: "truncated.xlsx")
        }
    }

    @Test func rejectsTextNamedXLSXAsABrokenWorkbook() {
        #expect(throws: TabularError.brokenWorkbook("not a zip archive")) {
            try TableFile.readRows(data: Data("a,b\n".utf8), filename: "Export.XLSX")
        }
    }

    @Test func rejectsAnOldBinaryExcelFile() {
        let data = Data([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00])

        #expect(throws: TabularError.legacyExcel) { try TableFile.readRows(data: data, filename: "old.xls") }
    }
}
