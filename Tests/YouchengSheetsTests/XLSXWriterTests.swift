import Foundation
import Testing
import YouchengCore
import ZIPFoundation

@testable import YouchengSheets

@Suite("XLSXWriter")
struct XLSXWriterTests {
    @Test func readerGivesBackExactlyWhatTheWriterWrote() throws {
        let rows: [[String]] = [
            ["城市", "国家", "结好日期", "备注", ""],
            ["杭州", "日本", "1985-03-12", "", "末尾"],
            ["00123", "1985", "3.50", "=SUM(A1:A2)", "TRUE"],
            [],
            ["a & <b> \"c\" 'd'", "  前后空格  ", "行一\r\n行二\n行三", "_x000D_ 原样", "\t制表"],
            ["只有一格"],
            ["", "", "尾部空格", ""],
        ]
        let data = try XLSXWriter.write(sheets: [
            .init(name: "友好城市", rows: rows), .init(name: "第二页", rows: [["不应读取"]]),
        ])

        #expect(try XLSXReader.read(data) == rows)
    }

    @Test func writerDropsCharactersThatXMLCannotHold() throws {
        let data = try XLSXWriter.write(sheets: [.init(name: "s", rows: [["a\u{1}b\u{FFFE}c\u{0}", "ok"]])])

        #expect(try XLSXReader.read(data) == [["abc", "ok"]])
    }

    @Test func writerStoresEveryPartOfAMinimalWorkbookWithABoldHeader() throws {
        let data = try XLSXWriter.write(sheets: [.init(name: "A", rows: [["h"], ["v"]]), .init(name: "B", rows: [])])
        let archive = try Archive(data: data, accessMode: .read)

        let paths = Set(archive.map(\.path))
        let sheet = try text(of: "xl/worksheets/sheet1.xml", in: archive)

        #expect(
            paths == [
                "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
            ])
        #expect(sheet.contains(#"<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">h</t></is></c>"#))
        #expect(sheet.contains(#"<c r="A2" t="inlineStr"><is><t xml:space="preserve">v</t></is></c>"#))
    }

    @Test func writerGivesAWorkbookWithNoSheetsOneEmptySheet() throws {
        let data = try XLSXWriter.write(sheets: [])

        #expect(try XLSXReader.read(data) == [])
    }

    @Test func sheetNamesAreMadeValidAndDistinct() {
        let names = XLSXSheetNames.sanitized([
            "城市/国家", "'引号'", "", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十超出", "sheet", "Sheet",
        ])

        #expect(
            names == [
                "城市_国家", "引号", "Sheet3", "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十超", "sheet",
                "Sheet (2)",
            ])
    }

    @Test func sheetNamesAreCheckedPerScalar() {
        // `[` and `'` each followed by U+0301 are single Characters, but Excel reads the `[` and the `'`.
        let names = XLSXSheetNames.sanitized(["a[\u{301}b", "'\u{301}c"])

        #expect(names.map { $0.unicodeScalars.map(\.value) } == [[0x61, 0x5F, 0x301, 0x62], [0x301, 0x63]])
    }

    @Test func columnNamesRunFromAToZThenAA() {
        #expect(XLSXWriter.columnName(0) == "A")
        #expect(XLSXWriter.columnName(25) == "Z")
        #expect(XLSXWriter.columnName(26) == "AA")
        #expect(XLSXWriter.columnName(16_383) == "XFD")
    }

    /// Speed is the benchmark's to measure (`youcheng-bench`, "export all as XLSX"), not a test's: a timed bound here
    /// failed on a loaded machine.
    @Test func thirtyThousandRowsWriteAndReadBack() throws {
        let header = (1...10).map { "列\($0)" }
        let body = (0..<30_000).map { row in (0..<10).map { column in "值\(row)-\(column)" } }

        let data = try XLSXWriter.write(sheets: [.init(name: "大表", rows: [header] + body)])
        let rows = try XLSXReader.read(data)

        #expect(rows.count == 30_001)
        #expect(rows[0] == header && rows[15_001][3] == "值15000-3" && rows[30_000][9] == "值29999-9")
    }

    private func text(of path: String, in archive: Archive) throws -> String {
        let entry = try #require(archive[path])
        var data = Data()
        _ = try archive.extract(entry) { data.append($0) }
        return String(decoding: data, as: UTF8.self)
    }
}
