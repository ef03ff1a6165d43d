import Foundation
import Testing
import YouchengCore
import YouchengSheets

@Suite("XLSXReader")
struct XLSXTests {
    /// Rows 1–5 of the sheet `make_fixtures.py` builds; row 4 is left out of the file on purpose.
    static let registryRows: [[String]] = [
        ["城市", "国家", "结好日期", "年份", "备注"],
        ["杭州", "日本", "1985-03-12", "1985", "首个友好城市"],
        ["Boston", "", "", "", "只有首尾"],
        [],
        ["00123", "TRUE", "2001-09-30", "3.25", "富文本"],
    ]

    @Test func readsTheFirstSheetOfALibreOfficeWorkbook() throws {
        // Shared strings (one of them rich text in two runs), a yyyy\-mm\-dd date, an m/d/yyyy date,
        // and formula results cached by Calc: text (t="str") and a number.
        let rows = try XLSXReader.read(Fixture.data("registry-libreoffice.xlsx"))

        #expect(rows == Self.registryRows + [["杭州市", "", "", "1986"]])
    }

    @Test func readsTheFirstSheetInTabOrderWhenItIsStoredAsSheet2() throws {
        // openpyxl output: inline strings, absolute relationship targets, built-in date format 14,
        // and formulas without cached values, which leave row 6 empty and so dropped.
        let rows = try XLSXReader.read(Fixture.data("registry-reordered.xlsx"))

        #expect(rows == Self.registryRows)
    }

    @Test func honoursThe1904DateSystem() throws {
        // Serial 29656 counted from 1904-01-01; in the 1900 system it would be 1981-03-11.
        let rows = try XLSXReader.read(Fixture.data("mac1904.xlsx"))

        #expect(rows == [["日期"], ["1985-03-12"]])
    }

    @Test func rejectsATruncatedZipAsABrokenWorkbook() throws {
        let data = try Fixture.data("truncated.xlsx")

        #expect(throws: TabularError.brokenWorkbook("not a zip archive")) { try XLSXReader.read(data) }
    }

    @Test func rejectsAZipWithoutAWorkbookAsABrokenWorkbook() throws {
        let data = try Fixture.zip(["readme.txt": "not a workbook"])

        #expect(throws: TabularError.brokenWorkbook("no workbook part")) { try XLSXReader.read(data) }
    }

    @Test func rejectsAWorkbookThatListsNoSheet() throws {
        let data = try Fixture.zip([
            "xl/workbook.xml":
                #"<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>"#
        ])

        #expect(throws: TabularError.noSheet) { try XLSXReader.read(data) }
    }

    @Test func readsPrefixedElementsAndCellsWithoutReferences() throws {
        // The Open XML SDK writes an `x:` prefix; the format allows rows and cells without `r`.
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let data = try Fixture.zip([
            "xl/workbook.xml": #"<x:workbook xmlns:x="\#(main)" xmlns:r="\#(relationships)"><x:sheets>"#
                + #"<x:sheet name="数据" sheetId="1" r:id="R7"/></x:sheets></x:workbook>"#,
            "xl/_rels/workbook.xml.rels":
                #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
                + #"<Relationship Id="R7" Type="\#(relationships)/worksheet" Target="data/first.xml"/>"#
                + "</Relationships>",
            "xl/data/first.xml": #"<x:worksheet xmlns:x="\#(main)"><x:sheetData>"#
                + #"<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2.50</x:v></x:c></x:row>"#
                + #"<x:row><x:c t="e"><x:v>#N/A</x:v></x:c><x:c t="str"><x:v>line_x000D_</x:v></x:c></x:row>"#
                + "</x:sheetData></x:worksheet>",
        ])

        let rows = try XLSXReader.read(data)

        #expect(rows == [["a", "2.5"], ["#N/A", "line\r"]])
    }
}

extension XLSXTests {
    @Test func rejectsAWorksheetWhoseXMLIsCutShort() throws {
        let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let data = try Fixture.zip([
            "xl/workbook.xml":
                #"<workbook xmlns:r="\#(relationships)"><sheets><sheet r:id="rId1"/></sheets></workbook>"#,
            "xl/_rels/workbook.xml.rels": #"<Relationships><Relationship Id="rId1" Type="\#(relationships)/worksheet""#
                + #" Target="worksheets/sheet1.xml"/></Relationships>"#,
            "xl/worksheets/sheet1.xml": "<worksheet><sheetData><row><c><v>1</v></c></row><row><c><v>2",
        ])

        #expect(throws: TabularError.brokenWorkbook("xl/worksheets/sheet1.xml is not valid XML")) {
            try XLSXReader.read(data)
        }
    }
}
